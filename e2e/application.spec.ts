import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLINICAL_EXAM,
  addEducation,
  applicationCards,
  fillWork,
  next,
  chooseArea,
  chooseSiteAndSubmit,
  passEducation,
  passWork,
  startApplication,
  takeAllSeats,
  uploadPhoto,
  waitForStep,
} from './application-steps';
import { type RunningServer } from './harness';
import { JOURNEY_DICTIONARIES, logIn, newCandidate, openPage, endJourney, startJourney } from './journeys';

const CANDIDATE = newCandidate('赵医生');

let server: RunningServer;
let browser: Browser;
let page: Page;

/** The error summary of the step's form: the server's reason and what to do. */
const summary = () => page.locator('.error-summary');

describe('a new candidate registers for 临床执业医师 through the six steps (R-EX-1…8, R-SITE-1)', () => {
  beforeAll(async () => {
    ({ server, browser, page } = await startJourney({ dictionaries: JOURNEY_DICTIONARIES, candidate: CANDIDATE }));
  });

  afterAll(() => endJourney({ server, browser }));

  it('fills 工作情况 in 个人信息, then finds 考试报名 with nothing yet (R-PI-7, R-EX-2)', async () => {
    await fillWork(page);
    await page.getByRole('link', { name: '考试报名', exact: true }).click();
    await page.getByRole('heading', { name: '考试报名', level: 1 }).waitFor();
    await page.getByText('您还没有报名').waitFor();
  });

  it('filters the exams by level and search, and starts the one chosen (R-EX-1, R-EX-3)', async () => {
    await page.getByRole('button', { name: '开始新的报名' }).click();
    await page.waitForURL('**/exams/new');
    const card = page.getByRole('article', { name: CLINICAL_EXAM });
    await card.getByText(/^\d{4}110$/).waitFor();
    await card.getByText('执业医师', { exact: true }).waitFor();
    await page.getByRole('article', { name: '210 临床执业助理医师' }).waitFor();

    await page.getByLabel('级别').click();
    await page.locator('.ant-select-dropdown:visible').getByText('执业医师', { exact: true }).click();
    await page.getByLabel('关键字').fill('临床');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByRole('article', { name: '210 临床执业助理医师' }).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    await card.waitFor();

    await startApplication(page);
    await page.getByText('若在个人信息中尚未上传照片，请在此处上传', { exact: false }).waitFor();
  });

  it('② asks for the photo with the server’s reason, which is then uploaded in place (R-EX-5, R-PI-6)', async () => {
    await next(page);
    await summary()
      .getByText(/^照片：尚未上传照片。请在“个人信息”中上传/)
      .waitFor();
    await uploadPhoto(page);
    await next(page);
    await waitForStep(page, '工作情况');
  });

  it('③ shows 工作情况 from 个人信息 and needs it confirmed (R-EX-4)', async () => {
    expect(await page.getByLabel('工作单位', { exact: true }).inputValue()).toBe('北京协和医院');
    await next(page);
    await summary().getByRole('link', { name: '信息核对：请核对工作情况后勾选“信息无误”。' }).waitFor();
    await passWork(page);
  });

  it('keeps the draft: on another device, 继续填写 opens ④ where the candidate stopped (R-EX-4)', async () => {
    const elsewhere = await openPage(browser, server);
    await logIn(elsewhere, CANDIDATE.username, CANDIDATE.password);
    await elsewhere.getByRole('heading', { name: `欢迎您，${CANDIDATE.name}` }).waitFor();
    await page.close();
    page = elsewhere;
    await page.getByRole('link', { name: '考试报名', exact: true }).click();
    const card = applicationCards(page);
    await card.getByText('草稿').first().waitFor();
    expect(await card.getByRole('button', { name: '放弃报考' }).count()).toBe(1);
    expect(await card.getByRole('button', { name: /打印/ }).count()).toBe(0);
    await card.getByRole('button', { name: '继续填写' }).click();
    await waitForStep(page, '教育及培训');
  });

  it('④ refuses to go on without a ticked education, then one is added here, saved and ticked (R-EX-6)', async () => {
    await page.getByText('尚未填写教育经历').waitFor();
    await page.getByRole('radio', { name: '否' }).check();
    await next(page);
    await summary()
      .getByText(/^用于报考的教育经历：用于报考的教育经历须勾选且只能勾选一条/)
      .waitFor();
    await addEducation(page);
    await passEducation(page);
  });

  it('⑤ may be skipped without 中专 education (R-EX-7)', async () => {
    await page.getByText('其他情况此步可直接点击“下一步”跳过', { exact: false }).waitFor();
    await next(page);
    await waitForStep(page, '确认');
  });

  it('⑥ reviews the application, shows the area’s fees and each site’s seats; a site filled meanwhile (409) keeps the draft and is shown full (R-EX-1, R-EX-8, R-EX-12)', async () => {
    await page.getByText('本科 · 北京大学医学部 · 普通全日制 · 临床医学 · 2013-07 毕业').waitFor();
    expect(await page.getByLabel('累计报考次数').inputValue()).toBe('1');
    // R-EX-1: the fees this candidate owes in the area, shown once it is chosen, before the site and the submit.
    const feeLine = page.getByText(/^技能考试费 ¥\d+\.\d{2} · 笔试费 ¥\d+\.\d{2} · 合计 ¥\d+\.\d{2}$/);
    expect(await feeLine.count()).toBe(0);
    await chooseArea(page);
    await feeLine.waitFor();
    await page.getByLabel('考点').click();
    await page.getByRole('option', { name: '朝阳区考点（剩余名额 5）' }).click();

    await takeAllSeats(server.baseURL, '朝阳区考点');
    await next(page, '提交');
    await summary().getByText('该考点名额已满，请选择其他考点。').waitFor();
    expect(await page.getByRole('heading', { name: '报名已提交' }).count()).toBe(0);
    await page.getByLabel('考点').click();
    const full = page.locator('.ant-select-item-option', { hasText: '朝阳区考点（名额已满）' });
    expect(await full.getAttribute('class')).toContain('ant-select-item-option-disabled');
    await page.keyboard.press('Escape');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  });

  it('submits with another site: registration number, 待现场确认 and the materials to bring (R-EX-8, R-SITE-1)', async () => {
    await chooseSiteAndSubmit(page);
    await page
      .getByText(/^\d{10,}$/)
      .first()
      .waitFor();
    await page.getByText('待现场确认').first().waitFor();
    const materials = page.getByRole('region', { name: '现场确认须携带的材料' });
    await materials.getByText('（一）《医师资格考试网上报名成功通知单》。').waitFor();
    await materials.getByText(/^（三）毕业证书原件及复印件/).waitFor();
    await materials.getByText(/^（十）近期（6个月内）小2寸白底证件照/).waitFor();
    expect(await materials.getByText(/^（八）/).count()).toBe(0);
  });

  it('lists the submitted application with its site, fees, 缴费状态 and only the actions now allowed (R-EX-2, R-EX-9)', async () => {
    await page.getByRole('link', { name: '返回考试报名' }).click();
    const card = applicationCards(page);
    await card.getByText('待现场确认').first().waitFor();
    await card.getByText('东城区考点').waitFor();
    await card.getByText('北京市').waitFor();
    expect(await card.getByRole('button', { name: '继续填写' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: '放弃报考' }).count()).toBe(1);
    // R-EX-1, R-SITE-4: 北京市's fees for the exam, 未缴费 until after the on-site confirmation, no 准考证号 yet.
    await card.getByText(/^技能考试费 ¥\d+\.\d{2} · 笔试费 ¥\d+\.\d{2} · 合计 ¥\d+\.\d{2}$/).waitFor();
    await card.getByText('未缴费', { exact: true }).waitFor();
    await card.getByText('未发放', { exact: true }).waitFor();
    expect(await card.getByRole('button', { name: /缴费/ }).count()).toBe(0);
  });

  it('downloads both printed forms as PDF from the card (R-EX-10)', async () => {
    const card = applicationCards(page);
    for (const name of ['打印报名申请表', '打印报名成功通知单']) {
      const href = await card.getByRole('link', { name }).getAttribute('href');
      const response = await page.request.get(href ?? '');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/pdf');
      expect((await response.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
    }
  });
});
