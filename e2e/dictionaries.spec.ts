import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from './harness';
import {
  JOURNEY_DICTIONARIES,
  choose,
  chooseRegion,
  demoPassword,
  logIn,
  logOut,
  newCandidate,
  pickFromDictionary,
  selectBox,
  endJourney,
  startJourney,
} from './journeys';

const CANDIDATE = newCandidate('赵医生');
const ADMIN = 'demo_admin';
// Neither is in the school dictionary: the first is added at the candidate's request, the second refused.
const NEW_SCHOOL = '北京仁和医学院';
const WRONG_NAME = '北大医学部';
const REASON = '请直接选择“北京大学医学部”。';

let server: RunningServer;
let browser: Browser;
let page: Page;

/** R-DICT-2's colours, as drawn: the picker's background and border once focus has left it. */
async function colours(picker: Locator): Promise<{ background: string; border: string }> {
  // Away from the field: a hovered field draws its border lighter.
  await picker.page().mouse.move(0, 0);
  return selectBox(picker).evaluate((box) => {
    const style = getComputedStyle(box);
    return { background: style.backgroundColor, border: style.borderTopColor };
  });
}
const RED = 'rgb(255, 77, 79)';
const GREY = 'rgb(240, 240, 240)';
const YELLOW = { background: 'rgb(255, 251, 230)', border: 'rgb(250, 173, 20)' };

/** Opens 添加教育经历 and returns the drawer and its 毕业学校 picker. */
async function openEducation(): Promise<{ drawer: Locator; school: Locator }> {
  await page.getByRole('region', { name: '教育经历' }).getByRole('button', { name: '添加教育经历' }).first().click();
  const drawer = page.getByRole('dialog', { name: '添加教育经历' });
  return { drawer, school: drawer.getByLabel('毕业学校') };
}

/** Types `name` into the picker and leaves it: a name the dictionary lacks turns it yellow. */
async function typeUnknown(picker: Locator, name: string): Promise<void> {
  await picker.click();
  await picker.fill(name);
  await picker.page().getByText(`学校字典中没有找到“${name}”`).waitFor();
  await picker.blur();
}

/** Files a request to add the picker's unknown school, placed in 北京市海淀区. */
async function requestSchool(drawer: Locator, name: string): Promise<void> {
  await drawer.getByRole('button', { name: '申请添加' }).click();
  const dialog = page.getByRole('dialog', { name: '申请添加学校' });
  expect(await dialog.getByLabel('学校名称').inputValue()).toBe(name);
  await chooseRegion(dialog.getByRole('combobox', { name: '学校所在地区' }), ['北京市', '市辖区', '海淀区']);
  await dialog.getByRole('button', { name: '提交申请' }).click();
  await page.getByText('申请已提交，国家医学考试中心审核通过后即可选择。').waitFor();
  await drawer.getByText(`您已申请添加“${name}”，正在等待审核`).waitFor();
}

describe('choosing from a dictionary, and asking the centre to add what it lacks (R-DICT-1…3)', () => {
  beforeAll(async () => {
    ({ server, browser, page } = await startJourney({ dictionaries: JOURNEY_DICTIONARIES, candidate: CANDIDATE }));
  });

  afterAll(() => endJourney({ server, browser }));

  it('finds 北京大学 by typing bjdx and picks it with the keyboard; red when left empty, grey once chosen (R-DICT-1, R-DICT-2)', async () => {
    const { drawer, school } = await openEducation();
    // A school outside the mainland may be typed by name instead: its picker left empty is not red.
    await choose(drawer.getByLabel('教育类型'), '国外');
    await school.click();
    await school.blur();
    await expect.poll(async () => (await colours(school)).border).not.toBe(RED);
    await choose(drawer.getByLabel('教育类型'), '大陆');
    await school.click();
    await school.blur();
    await expect.poll(async () => (await colours(school)).border).toBe(RED);

    await school.click();
    await school.pressSequentially('bjdx');
    const hits = page.getByRole('listbox').getByRole('option');
    await hits.first().waitFor();
    const names = await hits.evaluateAll((options) => options.map((o) => o.getAttribute('aria-label')));
    expect(names[0]).toBe('北京大学');
    expect(names).toContain('北京大学医学部');
    expect(names.every((name) => name?.startsWith('北京大学'))).toBe(true);
    // The first hit is highlighted: Enter takes it.
    await school.press('Enter');
    await school.blur();
    expect(await school.inputValue()).toBe('北京大学');
    await page.getByText('已从字典中选择').waitFor();
    await expect.poll(async () => (await colours(school)).background).toBe(GREY);
  });

  it('turns yellow for a name the dictionary lacks, which cannot be submitted, and files requests to add (R-DICT-2, R-DICT-3)', async () => {
    const drawer = page.getByRole('dialog', { name: '添加教育经历' });
    const school = drawer.getByLabel('毕业学校');
    await typeUnknown(school, NEW_SCHOOL);
    await drawer.getByText(`“${NEW_SCHOOL}”不在学校字典中。`).waitFor();
    await expect.poll(() => colours(school)).toEqual(YELLOW);

    await drawer.getByRole('button', { name: '提交' }).click();
    await drawer
      .locator('.error-summary')
      .getByRole('link', { name: /^毕业学校：请从检索列表中选择毕业学校；列表中没有时，请申请添加到字典/ })
      .waitFor();

    await requestSchool(drawer, NEW_SCHOOL);
    await typeUnknown(school, WRONG_NAME);
    await requestSchool(drawer, WRONG_NAME);
    await drawer.getByRole('button', { name: /^(Close|关闭)$/ }).click();

    const mine = page.getByRole('region', { name: '我的字典申请' });
    for (const name of [NEW_SCHOOL, WRONG_NAME]) {
      await mine.getByRole('row', { name: new RegExp(`${name}.*待审核.*等待国家医学考试中心审核`) }).waitFor();
    }
  });

  it('lets the national admin approve one request and reject the other with a reason (R-DICT-3)', async () => {
    await logOut(page, CANDIDATE.username);
    await logIn(page, ADMIN, demoPassword(server, ADMIN));
    await page.waitForURL('**/admin');
    await page.getByRole('link', { name: '字典申请审核' }).first().click();
    await page.waitForURL('**/admin/dictionary-requests');

    const pending = page.getByRole('tabpanel', { name: '待审核' });
    const approveRow = pending.getByRole('row', { name: new RegExp(`^学校 ${NEW_SCHOOL} 北京市海淀区 1 `) });
    await approveRow.getByRole('button', { name: '同意添加' }).click();
    const approve = page.getByRole('dialog', { name: '同意添加学校' });
    expect(await approve.getByLabel('学校名称').inputValue()).toBe(NEW_SCHOOL);
    await approve.getByRole('button', { name: '确定添加' }).click();
    await page.getByText(`已将“${NEW_SCHOOL}”添加到学校字典。`).waitFor();

    await pending
      .getByRole('row', { name: new RegExp(WRONG_NAME) })
      .getByRole('button', { name: '不予添加' })
      .click();
    const reject = page.getByRole('dialog', { name: `不予添加“${WRONG_NAME}”` });
    await reject.getByLabel('不予添加的原因').fill(REASON);
    await reject.getByRole('button', { name: '确定不予添加' }).click();
    await page.getByText(`已不予添加“${WRONG_NAME}”。`).waitFor();
    expect(await pending.getByRole('row', { name: new RegExp(`${NEW_SCHOOL}|${WRONG_NAME}`) }).count()).toBe(0);

    await page.getByRole('tab', { name: '已同意' }).click();
    await page
      .getByRole('tabpanel', { name: '已同意' })
      .getByRole('row', { name: new RegExp(`${NEW_SCHOOL}.*字典条目：${NEW_SCHOOL}`) })
      .waitFor();
    await page.getByRole('tab', { name: '不予添加' }).click();
    await page
      .getByRole('tabpanel', { name: '不予添加' })
      .getByRole('row', { name: new RegExp(`${WRONG_NAME}.*原因：${REASON}`) })
      .waitFor();
  });

  it('shows the candidate the outcome: the added school is searchable and chosen, the refused one says why (R-DICT-3)', async () => {
    await logOut(page, ADMIN);
    await logIn(page, CANDIDATE.username, CANDIDATE.password);
    await page.getByRole('heading', { name: `欢迎您，${CANDIDATE.name}` }).waitFor();
    await page.getByRole('menuitem', { name: '个人信息' }).click();
    const mine = page.getByRole('region', { name: '我的字典申请' });
    await mine.getByRole('row', { name: new RegExp(`${NEW_SCHOOL}.*已添加.*已添加为“${NEW_SCHOOL}”`) }).waitFor();
    await mine.getByRole('row', { name: new RegExp(`${WRONG_NAME}.*未通过.*原因：${REASON}`) }).waitFor();

    const { drawer, school } = await openEducation();
    // Before anything is typed the picker offers what was added at the candidate's request; Enter takes it.
    await school.click();
    await page.getByRole('option', { name: NEW_SCHOOL, exact: true }).getByText('您申请添加的').waitFor();
    await school.press('Enter');
    expect(await school.inputValue()).toBe(NEW_SCHOOL);
    // And anyone finds it by its initials.
    await pickFromDictionary(school, 'bjrh', NEW_SCHOOL);
    expect(await school.inputValue()).toBe(NEW_SCHOOL);
    await drawer.getByText('已从字典中选择').waitFor();
    await expect.poll(async () => (await colours(school)).background).toBe(GREY);

    await typeUnknown(school, WRONG_NAME);
    await drawer.getByText(`您申请添加的“${WRONG_NAME}”未通过审核，原因：${REASON}`).waitFor();
    await drawer.getByRole('button', { name: '重新申请' }).waitFor();
  });
});
