import sharp from 'sharp';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from './harness';
import {
  JOURNEY_DICTIONARIES,
  choose,
  chooseRegion,
  descriptionOf,
  newCandidate,
  pickFromDictionary,
  endJourney,
  startJourney,
} from './journeys';

const CANDIDATE = newCandidate('李医生');

let server: RunningServer;
let browser: Browser;
let page: Page;

const group = (name: string) => page.getByRole('region', { name });

/** A 小2寸 portrait (413 × 531): a grey head and shoulders on white, as a JPEG of quality `quality`. */
function portrait(background: string, quality = 80): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="413" height="531">
    <rect width="413" height="531" fill="${background}"/>
    <ellipse cx="206" cy="220" rx="95" ry="120" fill="#8a7060"/>
    <rect x="86" y="360" width="240" height="171" rx="60" fill="#2f3a4a"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality }).toBuffer();
}

/** Opens the drawer that adds an entry of `title` (教育经历, 培训经历, 证书情况) and returns it. */
async function addEntry(title: string): Promise<Locator> {
  await group(title)
    .getByRole('button', { name: `添加${title}` })
    .first()
    .click();
  const drawer = page.getByRole('dialog', { name: `添加${title}` });
  await drawer.waitFor();
  return drawer;
}

/** Submits an entry's drawer and waits for `saved`; a refusal fails at once with what the drawer said. */
async function submitEntry(drawer: Locator, saved: Locator): Promise<void> {
  await drawer.getByRole('button', { name: '提交' }).click();
  const refused = drawer.locator('.ant-alert-error');
  const refusal = refused.waitFor().then(
    async () => {
      throw new Error(`The entry was not saved: ${await refused.innerText()}`);
    },
    // No refusal shown: `saved` decides.
    () => new Promise<never>(() => {}),
  );
  const saving = saved.waitFor();
  // When a refusal wins, the wait for `saved` times out later: no news then.
  saving.catch(() => {});
  await Promise.race([saving, refusal]);
}

describe('a new candidate fills in every group of 个人信息 (R-PI-1…11)', () => {
  beforeAll(async () => {
    ({ server, browser, page } = await startJourney({ dictionaries: JOURNEY_DICTIONARIES, candidate: CANDIDATE }));
  });

  afterAll(() => endJourney({ server, browser }));

  it('shows 基本信息 read-only, with the registration time and who corrects it (R-PI-1, R-PI-2)', async () => {
    const basic = group('基本信息');
    for (const name of ['基本信息', '个人照片', '联系方式', '工作情况', '教育经历', '培训经历', '证书情况']) {
      await page.getByRole('heading', { name, exact: true }).waitFor();
    }
    await basic.getByText('如有错误，请在现场资格审核时由考务人员修订').waitFor();
    await basic.getByRole('cell', { name: CANDIDATE.name, exact: true }).waitFor();
    await basic.getByText('注册时间', { exact: true }).waitFor();
    await basic.getByText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/).waitFor();
    expect(await basic.getByRole('textbox').count()).toBe(0);
  });

  it('fills 联系方式: a bad mobile and postal code are explained beside the fields and in the summary, then fixed (R-MOB-1, R-ZIP-1, R-ADDR-1, R-PI-5)', async () => {
    const contact = group('联系方式');
    const mobile = contact.getByLabel('手机号码');
    const postalCode = contact.getByLabel('邮政编码');
    await mobile.fill('01234567890');
    // A first visit offers the email given at registration.
    expect(await contact.getByLabel('电子邮箱').inputValue()).toBe(`${CANDIDATE.username}@example.com`);
    await contact.getByLabel('电子邮箱').fill('li.yisheng@example.com');
    await contact.getByLabel('家庭电话').fill('010-65123456');
    await chooseRegion(contact.getByRole('combobox', { name: '联系地址' }), ['北京市', '市辖区', '东城区']);
    const street = contact.getByLabel('街道、门牌号');
    // R-ADDR-1: 北京市东城区 (6) and a street of 25 make 31 characters, one over the limit.
    await street.fill('东四十条二十四号院一号楼二单元三层三百零一室北侧门');
    await contact.getByText('共 31 / 30 个字').waitFor();
    await postalCode.fill('10001');
    await contact.getByRole('button', { name: '提交' }).click();

    const summary = contact.locator('.error-summary');
    for (const [label, control, message] of [
      ['手机号码', mobile, '手机号码的第一位不能是“0”'],
      ['邮政编码', postalCode, '大陆地区的邮政编码应为6位数字'],
    ] as const) {
      await summary.getByRole('link', { name: new RegExp(`^${label}：${message}`) }).waitFor();
      expect(await control.getAttribute('aria-invalid')).toBe('true');
      expect(await descriptionOf(control)).toContain(message);
    }
    await summary.getByText(/^联系地址：.*30/).waitFor();

    await mobile.fill('13812345678');
    await postalCode.fill('100010');
    await street.fill('东四十条24号');
    await contact.getByText('北京市东城区东四十条24号 · 共 13 / 30 个字').waitFor();
    await contact.getByRole('button', { name: '提交' }).click();
    await contact.getByText('联系方式已保存。').waitFor();
    expect(await summary.count()).toBe(0);
  });

  it('fills 工作情况, finding the unit by its county and pinyin initials (R-PI-7, R-DICT-1)', async () => {
    const work = group('工作情况');
    await choose(work.getByLabel('在岗情况'), '在职');
    await chooseRegion(work.getByRole('combobox', { name: '工作单位所在地区（缩小检索范围）' }), [
      '北京市',
      '市辖区',
      '西城区',
    ]);
    await pickFromDictionary(work.getByLabel('工作单位', { exact: true }), 'bjdx', '北京大学人民医院', 'E2E0000003');
    await work.getByText('已从字典中选择（单位所在地区：北京市西城区，代码：E2E0000003）').waitFor();
    await choose(work.getByLabel('职称'), '医师');
    await work.getByLabel('获得职称年月').fill('2016-09');
    await work.getByLabel('职务').fill('住院医师');
    await work.getByRole('button', { name: '提交' }).click();
    await work.getByText('工作情况已保存。').waitFor();
  });

  it('adds an education entry, the school found by typing bjdx and the major by its initials (R-PI-3, R-PI-9, R-DICT-1)', async () => {
    const drawer = await addEntry('教育经历');
    await choose(drawer.getByLabel('教育类别'), '高等医学教育');
    await choose(drawer.getByLabel('学历'), '本科');
    await pickFromDictionary(drawer.getByLabel('毕业学校'), 'bjdx', '北京大学医学部');
    await choose(drawer.getByLabel('学习形式'), '普通全日制');
    await choose(drawer.getByLabel('学位'), '学士');
    await choose(drawer.getByLabel('学制'), '五年制');
    await pickFromDictionary(drawer.getByLabel('毕业专业'), 'lcyx', '临床医学', '100201K');
    await drawer.getByLabel('毕业年月').fill('2013-07');
    await drawer.getByLabel('毕业证书编号').fill('100011201305001234');
    await submitEntry(drawer, page.getByText('教育经历已保存。'));
    await group('教育经历').getByText('本科 · 北京大学医学部').waitFor();
  });

  it('adds a training entry (R-PI-10)', async () => {
    const drawer = await addEntry('培训经历');
    await choose(drawer.getByLabel('培训类型'), '住院医师规范化培训');
    await drawer.getByLabel('培训开始年月').fill('2013-09');
    await choose(drawer.getByLabel('考核结果'), '合格');
    await drawer.getByLabel('参加培训时的工作单位').fill('北京大学人民医院');
    await submitEntry(drawer, group('培训经历').getByText('住院医师规范化培训 · 2013-09'));
  });

  it('adds a certificate entry, qualification and registration kept apart (R-PI-11, R-CERTNO-1)', async () => {
    const drawer = await addEntry('证书情况');
    await choose(drawer.getByLabel('证书类型'), '执业助理医师');
    await drawer.getByLabel('资格证书发证年月').fill('2014-12');
    await drawer.getByLabel('资格证书编号').fill('201411110110101199003070011');
    await drawer.getByLabel('执业证书注册年月').fill('2015-03');
    const registration = drawer.getByLabel('执业证书注册编号');
    // R-CERTNO-1: no punctuation in the registration number.
    await registration.fill('1101-1001-0001');
    await registration.blur();
    await drawer
      .getByText(/执业证书注册编号.*(标点|横)/)
      .first()
      .waitFor();
    await registration.fill('110110010001234');
    await submitEntry(drawer, group('证书情况').getByText('执业助理医师 · 201411110110101199003070011'));
  });

  it('refuses a bad photo before upload and says why, then uploads a white-background 小2寸 JPEG (R-PI-6)', async () => {
    const photo = group('个人照片');
    const input = photo.locator('input[type="file"]');
    // A blue-background PNG renamed .jpg: the browser reads its real format and its background.
    const png = await sharp(await portrait('#3a6fd8'))
      .png()
      .toBuffer();
    await input.setInputFiles({ name: 'zhaopian.jpg', mimeType: 'image/jpeg', buffer: png });
    await photo.getByText('照片不符合要求，未上传：').waitFor();
    await photo.getByText(/照片须为 jpg 格式/).waitFor();
    await photo.getByText(/照片背景不是白色/).waitFor();
    await photo.getByText('尚未上传照片').waitFor();

    const jpeg = await portrait('#ffffff');
    expect(jpeg.length).toBeLessThanOrEqual(40 * 1024);
    await input.setInputFiles({ name: 'zhaopian.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await photo.getByText('照片已上传。').waitFor();
    const shown = photo.getByRole('img', { name: '本人照片' });
    await shown.waitFor();
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(413);
  });

  it('finds everything kept after a reload (R-PI-5)', async () => {
    await page.reload();
    const contact = group('联系方式');
    expect(await contact.getByLabel('手机号码').inputValue()).toBe('13812345678');
    expect(await contact.getByLabel('邮政编码').inputValue()).toBe('100010');
    expect(await contact.getByLabel('街道、门牌号').inputValue()).toBe('东四十条24号');
    await contact.getByText('北京市 / 市辖区 / 东城区').waitFor();

    const work = group('工作情况');
    expect(await work.getByLabel('工作单位', { exact: true }).inputValue()).toBe('北京大学人民医院');
    expect(await work.getByLabel('获得职称年月').inputValue()).toBe('2016-09');

    await group('教育经历').getByText('临床医学（100201K）').waitFor();
    await group('培训经历').getByText('北京大学人民医院').waitFor();
    await group('证书情况').getByText('110110010001234').waitFor();
    const shown = group('个人照片').getByRole('img', { name: '本人照片' });
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(413);
  });
});
