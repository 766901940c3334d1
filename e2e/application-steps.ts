import sharp from 'sharp';
import { request, type APIRequestContext, type Locator, type Page } from 'playwright-core';
import { choose, chooseRegion, pickFromDictionary, residentId } from './journeys';

/*
 * Steps of the 考试报名 journeys (R-EX-2…8): completing 个人信息 where the wizard needs it, and passing each step of
 * the wizard. Each spec keeps its own assertions; these only move the browser and wait for the page they lead to.
 */

/** The exam every journey applies for: its card on ①选择报考 is named by category code and name. */
export const CLINICAL_EXAM = '110 临床执业医师';
/** Its applications' cards on 考试报名 are named by the exam's code (this year + 110) and name. */
const CLINICAL_APPLICATION = /^\d{4}110 临床执业医师$/;

const region = (page: Page, name: string) => page.getByRole('region', { name });

/** A white-background 小2寸 portrait (413 × 531) as a JPEG well under 40 KB (R-PI-6). */
export async function portraitJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="413" height="531">
    <rect width="413" height="531" fill="#ffffff"/>
    <ellipse cx="206" cy="220" rx="95" ry="120" fill="#8a7060"/>
    <rect x="86" y="360" width="240" height="171" rx="60" fill="#2f3a4a"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/** Uploads the portrait in the 个人照片 section on the page (个人信息 or the wizard's ②). */
export async function uploadPhoto(page: Page): Promise<void> {
  const photo = region(page, '个人照片');
  await photo.locator('input[type="file"]').setInputFiles({
    name: 'zhaopian.jpg',
    mimeType: 'image/jpeg',
    buffer: await portraitJpeg(),
  });
  await photo.getByText('照片已上传。').waitFor();
}

/** Fills and submits the 工作情况 section on the page: 在职 at 北京协和医院 (R-PI-7). */
export async function fillWork(page: Page): Promise<void> {
  const work = region(page, '工作情况');
  await choose(work.getByLabel('在岗情况'), '在职');
  await chooseRegion(work.getByRole('combobox', { name: '工作单位所在地区（缩小检索范围）' }), [
    '北京市',
    '市辖区',
    '东城区',
  ]);
  await pickFromDictionary(work.getByLabel('工作单位', { exact: true }), 'xhyy', '北京协和医院', 'E2E0000001');
  await choose(work.getByLabel('职称'), '医师');
  await work.getByLabel('获得职称年月').fill('2016-09');
  await work.getByRole('button', { name: '提交' }).click();
  await work.getByText('工作情况已保存。').waitFor();
}

/**
 * Picks a dictionary entry and waits until the field says it was chosen (R-DICT-2's grey state). Under load a click
 * on a hit has been seen not to take (the field then kept the typed text), so the pick is made once more before
 * the journey fails on it.
 */
async function pickChosen(scope: Locator, label: string, query: string, name: string, code?: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  // `has` is matched inside each candidate element, so it is built from the page, not from `scope`.
  const chosen = scope.locator('.dictionary-picker-chosen', { has: scope.page().getByLabel(label, { exact: true }) });
  await pickFromDictionary(field, query, name, code);
  try {
    await chosen.waitFor({ timeout: 2_000 });
  } catch {
    await pickFromDictionary(field, query, name, code);
    await chosen.waitFor();
  }
}

/** Adds a 本科 entry through the 教育经历 section on the page (个人信息 or the wizard's ④) and waits for its card. */
export async function addEducation(page: Page): Promise<Locator> {
  await region(page, '教育经历').getByRole('button', { name: '添加教育经历' }).first().click();
  const drawer = page.getByRole('dialog', { name: '添加教育经历' });
  await choose(drawer.getByLabel('教育类别'), '高等医学教育');
  await choose(drawer.getByLabel('学历'), '本科');
  await pickChosen(drawer, '毕业学校', 'bjdx', '北京大学医学部');
  await choose(drawer.getByLabel('学习形式'), '普通全日制');
  await choose(drawer.getByLabel('学位'), '学士');
  await choose(drawer.getByLabel('学制'), '五年制');
  await pickChosen(drawer, '毕业专业', 'lcyx', '临床医学', '100201K');
  await drawer.getByLabel('毕业年月').fill('2013-07');
  await drawer.getByLabel('毕业证书编号').fill('100011201305001234');
  await drawer.getByRole('button', { name: '提交' }).click();
  const card = region(page, '教育经历').getByRole('listitem').filter({ hasText: '本科 · 北京大学医学部' });
  await card.waitFor();
  return card;
}

/** 个人信息 as an application needs it, filled on the 个人信息 page: the photo, the work group and a 本科 entry. */
export async function completeProfile(page: Page): Promise<void> {
  await uploadPhoto(page);
  await fillWork(page);
  await addEducation(page);
}

/** The wizard's heading of the current step, e.g. ②基本情况 shown as its step title. */
export async function waitForStep(page: Page, title: string): Promise<void> {
  await page.locator('.ant-steps-item-process').getByText(title, { exact: true }).waitFor();
}

/** From 考试报名: 开始新的报名, then 报名 on the exam's card; ends on ②基本情况. */
export async function startApplication(page: Page): Promise<void> {
  await page.getByRole('link', { name: '考试报名', exact: true }).click();
  await page.getByRole('button', { name: '开始新的报名' }).click();
  await page.waitForURL('**/exams/new');
  await page.getByRole('article', { name: CLINICAL_EXAM }).getByRole('button', { name: '报名' }).click();
  await waitForStep(page, '基本情况');
}

/** 下一步 (or 提交) of the current step. */
export async function next(page: Page, label = '下一步'): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
}

/** ③: ticks 信息无误 and goes on to ④. */
export async function passWork(page: Page): Promise<void> {
  await page.getByLabel('我已核对以上工作情况，信息无误').check();
  await next(page);
  await waitForStep(page, '教育及培训');
}

/** ④: ticks the 本科 entry, answers 否 to 住院医师规范化培训 and goes on to ⑤. */
export async function passEducation(page: Page): Promise<void> {
  await page.getByLabel('选择 本科 · 北京大学医学部').check();
  await page.getByRole('radio', { name: '否' }).check();
  await next(page);
  await waitForStep(page, '证书');
}

/** ⑥: chooses the area 北京市, whose sites the 考点 list then offers. */
export async function chooseArea(page: Page): Promise<void> {
  await choose(page.getByLabel('考区'), '北京市');
}

/** ⑥: chooses 东城区考点, then 提交; ends on the result with the registration number. */
export async function chooseSiteAndSubmit(page: Page): Promise<void> {
  await page.getByLabel('考点').click();
  await page.getByRole('option', { name: /^东城区考点/ }).click();
  await next(page, '提交');
  await page.getByRole('heading', { name: '报名已提交' }).waitFor();
}

/** ② to ⑥ for a candidate whose 个人信息 is complete (photo, work, one 本科 entry); ends on the result. */
export async function completeWizard(page: Page): Promise<void> {
  await next(page);
  await waitForStep(page, '工作情况');
  await passWork(page);
  await passEducation(page);
  await next(page);
  await waitForStep(page, '确认');
  await chooseArea(page);
  await chooseSiteAndSubmit(page);
}

/** The cards of the candidate's applications for the exam, on 考试报名. */
export function applicationCards(page: Page): Locator {
  return page.getByRole('list', { name: '我的报名' }).getByRole('article', { name: CLINICAL_APPLICATION });
}

/** The JSON answer of an API call, failing the test with the server's error when it is not a 2xx. */
async function call<T>(
  api: APIRequestContext,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  data?: unknown,
): Promise<T> {
  const response = await api.fetch(url, { method, data });
  if (!response.ok()) throw new Error(`${method} ${url} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The id of the first dictionary hit for `q`. */
async function dictionaryId(api: APIRequestContext, kind: string, q: string): Promise<string> {
  const { items } = await call<{ items: { id: string }[] }>(api, 'GET', `/api/dictionaries/${kind}?q=${q}`);
  return items[0]!.id;
}

/**
 * Takes every seat left at 北京市's `site` for the exam: as many other candidates, each registered and applying
 * through the API (as another person on another computer would), so the journey's candidate then finds it full.
 */
export async function takeAllSeats(baseURL: string, site: string): Promise<void> {
  const probe = await request.newContext({ baseURL });
  const { items: exams } = await call<{ items: { id: string; code: string }[] }>(
    probe,
    'GET',
    '/api/exams?q=临床执业医师',
  );
  const examId = exams.find((e) => e.code.endsWith('110'))!.id;
  const sites = await call<{ areas: { code: string; sites: { id: string; name: string; remaining: number }[] }[] }>(
    probe,
    'GET',
    `/api/exams/${examId}/sites`,
  );
  const target = sites.areas.find((a) => a.code === '11')!.sites.find((s) => s.name === site)!;
  await probe.dispose();

  for (let i = 0; i < target.remaining; i++) {
    const api = await request.newContext({ baseURL });
    const username = `seat_${Date.now().toString(36)}_${i}`;
    await call(api, 'POST', '/api/auth/register', {
      username,
      password: 'Abc12345',
      securityQuestion: '我的实习医院',
      securityAnswer: '协和医院',
      email: `${username}@example.com`,
      name: '孙医生',
      idType: 'RESIDENT_ID',
      // Born on a different day each, so no two are the same person.
      idNumber: residentId(`11010119850${String(101 + i)}101`),
      nationality: 'CN',
      ethnicity: '01',
    });
    const photo = await api.put('/api/profile/photo', {
      data: await portraitJpeg(),
      headers: { 'Content-Type': 'image/jpeg' },
    });
    if (!photo.ok()) throw new Error(`PUT /api/profile/photo answered ${photo.status()}`);
    await call(api, 'PUT', '/api/profile/work', {
      employmentStatus: '在职',
      unitAffiliation: '地方',
      workUnitId: await dictionaryId(api, 'work-units', 'xhyy'),
    });
    const education = await call<{ id: string }>(api, 'POST', '/api/profile/educations', {
      origin: '大陆',
      category: '高等医学教育',
      schoolId: await dictionaryId(api, 'schools', 'bjdxyxb'),
      studyForm: '普通全日制',
      level: '本科',
      degree: '学士',
      lengthYears: 5,
      majorId: await dictionaryId(api, 'majors', 'lcyx'),
      graduatedOn: '2008-07',
      diplomaNumber: `10001120080500${1000 + i}`,
    });
    const { id } = await call<{ id: string }>(api, 'POST', '/api/applications', { examId });
    for (const patch of [
      { step: 'basic' },
      { step: 'work', confirmed: true },
      { step: 'education', educationIds: [education.id], residencyTraining: false },
      { step: 'certificate' },
      { step: 'confirm', areaCode: '11', siteId: target.id },
    ]) {
      await call(api, 'PATCH', `/api/applications/${id}`, patch);
    }
    await call(api, 'POST', `/api/applications/${id}/submit`);
    await api.dispose();
  }
}
