import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from './harness';
import { descriptionOf, logIn as logInAs, logOut as logOutOf, residentId, endJourney, startJourney } from './journeys';

// 东城区, born 1990-03-07, an odd sequence number: a man.
const SEQUENCE = String(100 + 2 * Math.floor(Math.random() * 400) + 1);
const ID_NUMBER = residentId(`11010119900307${SEQUENCE}`);
const WRONG_CHECK = ID_NUMBER.slice(0, 17) + (ID_NUMBER.endsWith('0') ? '1' : '0');
const USERNAME = `e2e_${Date.now().toString(36)}`;
const NAME = '张医生';
const ANSWER = '协和医院';
const FIRST_PASSWORD = 'Abc12345';
const SECOND_PASSWORD = 'Xyz67890';
const RECOVERED_PASSWORD = 'Rec0vered1';

let server: RunningServer;
let browser: Browser;
let page: Page;

const logIn = (password: string) => logInAs(page, USERNAME, password);
const logOut = () => logOutOf(page, USERNAME);

describe('a candidate account, from registration to password recovery', () => {
  beforeAll(async () => {
    ({ server, browser, page } = await startJourney());
  });

  afterAll(() => endJourney({ server, browser }));

  it('registers with a resident ID, whose check digit is checked and whose gender and birth date are read (R-ACC-1, R-ID-2, R-SEX-1, R-DOB-1)', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: '注册新用户' }).click();
    await page.waitForURL('**/register');
    await page.getByText('用户名和基本信息').first().waitFor();

    await page.getByLabel('用户名', { exact: true }).fill(USERNAME);
    await page.getByLabel('密码', { exact: true }).fill(FIRST_PASSWORD);
    await page.getByLabel('密码确认', { exact: true }).fill(FIRST_PASSWORD);
    await page.getByLabel('密码问题').fill('我的实习医院');
    await page.getByLabel('找回密码答案').fill(ANSWER);
    await page.getByLabel('电子邮箱').fill('zhang@example.com');
    await page.getByLabel('姓名').fill(NAME);
    expect(await page.getByLabel('证件类型').getAttribute('role')).toBe('combobox');
    await expect(page.getByLabel('性别').count()).resolves.toBe(0);

    const idNumber = page.getByLabel('证件号码');
    await idNumber.fill(WRONG_CHECK);
    // While typing: the number's problem is shown under it.
    await page.getByText('身份证号码的校验位（最后一位）不正确').waitFor();

    const ethnicity = page.getByLabel('民族');
    await ethnicity.click();
    await ethnicity.fill('汉族');
    await ethnicity.press('Enter');
    await page.getByRole('button', { name: '注册' }).click();

    // The summary lists the wrong field by its label and links to it; the message also sits beside the field.
    const summaryLink = page.getByRole('link', { name: /^证件号码：身份证号码的校验位（最后一位）不正确/ });
    await summaryLink.waitFor();
    expect(await idNumber.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(idNumber)).toContain('身份证号码的校验位（最后一位）不正确');
    await summaryLink.click();
    expect(await idNumber.evaluate((el) => el === document.activeElement)).toBe(true);

    await idNumber.fill(ID_NUMBER);
    await page.getByText('性别：男 · 出生日期：1990-03-07').waitFor();
    await page.getByRole('button', { name: '注册' }).click();

    // R-NAV-2: the first login lands on 个人信息, which shows the basic info with the number masked.
    await page.waitForURL('**/profile');
    await page.getByRole('heading', { name: '个人信息' }).waitFor();
    const masked = `${ID_NUMBER.slice(0, 6)}********${ID_NUMBER.slice(14)}`;
    for (const shown of [NAME, '居民身份证', masked, '男', '1990-03-07', '中国', '汉族']) {
      await page.getByRole('cell', { name: shown, exact: true }).waitFor();
    }
    expect(await page.getByText(ID_NUMBER).count()).toBe(0);
    await page.getByText('基本信息在注册时确定，不能修改').waitFor();
  });

  it('logs out, then logs in again and lands on 首页 (R-NAV-2)', async () => {
    await logOut();
    await logIn(FIRST_PASSWORD);
    await page.getByRole('heading', { name: `欢迎您，${NAME}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('changes the password in 安全设置 (R-ACC-7)', async () => {
    await page.getByRole('button', { name: USERNAME }).click();
    await page.getByRole('menuitem', { name: '安全设置' }).click();
    await page.waitForURL('**/security');
    await page.getByRole('cell', { name: USERNAME, exact: true }).waitFor();

    const change = page.getByRole('region', { name: '修改密码' });
    await change.getByLabel('当前密码').fill(FIRST_PASSWORD);
    await change.getByLabel('新密码', { exact: true }).fill(SECOND_PASSWORD);
    await change.getByLabel('确认新密码').fill(SECOND_PASSWORD);
    await change.getByRole('button', { name: '提交' }).click();
    await change.getByText('密码已修改').waitFor();
  });

  it('recovers the password with name, ID number and answer, then logs in with it (R-ACC-8)', async () => {
    await logOut();
    await page.getByRole('link', { name: '忘记密码' }).click();
    await page.waitForURL('**/recover');
    await page.getByLabel('姓名').fill(NAME);
    await page.getByLabel('证件号码').fill(ID_NUMBER);
    await page.getByLabel('找回密码答案').fill(ANSWER);
    await page.getByLabel('新密码', { exact: true }).fill(RECOVERED_PASSWORD);
    await page.getByLabel('确认新密码').fill(RECOVERED_PASSWORD);
    await page.getByRole('button', { name: '重设密码' }).click();

    await page.waitForURL('**/login');
    await page.getByText('密码已重设，请使用新密码登录。').waitFor();
    await logIn(SECOND_PASSWORD);
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    await logIn(RECOVERED_PASSWORD);
    await page.getByRole('heading', { name: `欢迎您，${NAME}` }).waitFor();
  });
});
