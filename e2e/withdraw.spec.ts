import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLINICAL_EXAM,
  applicationCards,
  completeProfile,
  completeWizard,
  startApplication,
} from './application-steps';
import { type RunningServer } from './harness';
import { JOURNEY_DICTIONARIES, newCandidate, endJourney, startJourney } from './journeys';

const CANDIDATE = newCandidate('钱医生');

let server: RunningServer;
let browser: Browser;
let page: Page;

const educations = () => page.getByRole('region', { name: '教育经历' });

describe('a candidate withdraws a submitted application and applies again (R-EX-9, R-PI-4)', () => {
  beforeAll(async () => {
    ({ server, browser, page } = await startJourney({ dictionaries: JOURNEY_DICTIONARIES, candidate: CANDIDATE }));
    await completeProfile(page);
  });

  afterAll(() => endJourney({ server, browser }));

  it('submits an application, whose education entry is then locked and whose exam cannot be started twice', async () => {
    await startApplication(page);
    await completeWizard(page);
    await page.getByRole('link', { name: '个人信息' }).click();
    await educations().getByRole('img', { name: '已锁定' }).waitFor();

    await page.getByRole('link', { name: '考试报名', exact: true }).click();
    await page.getByRole('button', { name: '开始新的报名' }).click();
    const exam = page.getByRole('article', { name: CLINICAL_EXAM });
    await exam.getByText('您已报名该考试。').waitFor();
    expect(await exam.getByRole('button', { name: '报名' }).count()).toBe(0);
  });

  it('放弃报考 asks first, then the application shows 已放弃 with no action left', async () => {
    await page.getByRole('link', { name: '考试报名', exact: true }).click();
    const card = applicationCards(page);
    await card.getByText('待现场确认').first().waitFor();
    await card.getByRole('button', { name: '放弃报考' }).click();
    const confirm = page.locator('.ant-popconfirm');
    await confirm.getByText('确定放弃报考吗？').waitFor();
    await confirm.getByRole('button', { name: '放弃报考' }).click();

    await card.getByText('已放弃').first().waitFor();
    await card.getByText('放弃时间').waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
  });

  it('withdrawal unlocks the education entry (R-PI-4)', async () => {
    await page.getByRole('link', { name: '个人信息' }).click();
    await educations().getByText('本科 · 北京大学医学部').waitFor();
    // 个人信息 may first show what it held before the withdrawal, then what the server now says.
    await educations().getByRole('img', { name: '已锁定' }).waitFor({ state: 'detached' });
    await educations().getByRole('button', { name: '修改 本科 · 北京大学医学部' }).waitFor();
  });

  it('applies again for the same exam: the new application is submitted beside the withdrawn one', async () => {
    await startApplication(page);
    await completeWizard(page);
    await page.getByRole('link', { name: '返回考试报名' }).click();
    const cards = applicationCards(page);
    await expect.poll(() => cards.count()).toBe(2);
    await cards.filter({ hasText: '待现场确认' }).getByRole('button', { name: '放弃报考' }).waitFor();
    await cards.filter({ hasText: '已放弃' }).waitFor();
  });
});
