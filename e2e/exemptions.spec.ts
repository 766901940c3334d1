import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationCards, completeProfile, completeWizard, startApplication } from './application-steps';
import { type RunningServer } from './harness';
import {
  JOURNEY_DICTIONARIES,
  choose,
  demoPassword,
  endJourney,
  logIn,
  logOut,
  newCandidate,
  startJourney,
} from './journeys';

const CANDIDATE = newCandidate('孙医生');
const ADMIN = 'demo_admin';
const EXAM = `${new Date().getFullYear()}110 临床执业医师`;
// 证件号码 in GB18030, as Excel saves a CSV on a Chinese Windows.
const GB18030_HEADER = Buffer.from([0xd6, 0xa4, 0xbc, 0xfe, 0xba, 0xc5, 0xc2, 0xeb]);

let server: RunningServer;
let browser: Browser;
let page: Page;

describe('the centre imports the skills-exam exemption list, and a listed candidate applies without the skills exam (R-EX-11)', () => {
  beforeAll(async () => {
    ({ server, browser, page } = await startJourney({ dictionaries: JOURNEY_DICTIONARIES, candidate: CANDIDATE }));
    await completeProfile(page);
    await logOut(page, CANDIDATE.username);
  });

  afterAll(() => endJourney({ server, browser }));

  it('the admin imports a spreadsheet-saved file and sees which line was not imported, and why', async () => {
    await logIn(page, ADMIN, demoPassword(server, ADMIN));
    await page.getByRole('link', { name: '免考实践技能名单' }).click();
    await page.getByRole('heading', { name: '免考实践技能名单', level: 1 }).waitFor();
    await choose(page.getByLabel('考试'), EXAM);
    await page.getByText('该考试免考名单现有').waitFor();

    // Line 3 is a number the spreadsheet turned into scientific notation.
    const file = Buffer.concat([GB18030_HEADER, Buffer.from(`\r\n${CANDIDATE.idNumber}\r\n1.10101E+17\r\n`)]);
    await page.locator('input[type=file]').setInputFiles({ name: '免考名单.csv', mimeType: 'text/csv', buffer: file });
    await page.getByRole('button', { name: '导入名单' }).click();

    const report = page.getByRole('region', { name: '导入结果' });
    await report.getByText('读取 2 行，新增免考 1 人（已在名单中的不重复计入），名单共 1 人。').waitFor();
    const badLine = report.getByRole('row').filter({ hasText: '科学计数法' });
    expect(await badLine.getByRole('cell').first().textContent()).toBe('3');
    await page
      .locator('.ant-statistic')
      .filter({ hasText: '该考试免考名单现有' })
      .getByText('1', { exact: true })
      .waitFor();
    await logOut(page, ADMIN);
  });

  it('the listed candidate submits with nothing to bring, and the application card says 免考实践技能 and 免现场审核', async () => {
    await logIn(page, CANDIDATE.username, CANDIDATE.password);
    await startApplication(page);
    await completeWizard(page);
    await page.getByText('免于现场审核和实践技能考试，无须携带材料').waitFor();

    await page.getByRole('link', { name: '返回考试报名' }).click();
    const card = applicationCards(page);
    await card.getByText('免考实践技能').waitFor();
    await card.getByText('已提交（免现场审核）').first().waitFor();
    await card.getByText(/^无需现场审核，请按考区规定的时间缴纳笔试费/).waitFor();
  });
});
