import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, startServer, type DictionaryImport, type RunningServer } from './harness';

/*
 * Steps shared by the browser journeys: who the candidate is, registering, logging in and out, reading a field's
 * message. Each spec keeps its own assertions; these only move the browser.
 */

const fixture = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The dictionaries the profile journeys choose from, loaded through the import command: a few real schools
 * (北京大学 and 北京大学医学部 answer `bjdx`), the shipped majors, and five hospitals in 北京 and 上海.
 */
export const JOURNEY_DICTIONARIES: readonly DictionaryImport[] = [
  { kind: 'schools', file: fixture('fixtures/schools.csv') },
  { kind: 'majors', file: fixture('../data/majors/majors.csv') },
  { kind: 'work-units', file: fixture('fixtures/work-units.csv') },
];

// Written out here rather than imported from the domain, so the tests check the rule instead of repeating the code.
const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident ID number with the right GB 11643 check character. */
export function residentId(first17: string): string {
  const sum = GB11643_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}

export interface Candidate {
  username: string;
  password: string;
  name: string;
  idNumber: string;
  answer: string;
}

/** A new candidate: 东城区, born 1990-03-07, a random odd sequence number (a man), a username never used. */
export function newCandidate(name: string): Candidate {
  const sequence = String(100 + 2 * Math.floor(Math.random() * 400) + 1);
  return {
    username: `e2e_${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`,
    password: 'Abc12345',
    name,
    idNumber: residentId(`11010119900307${sequence}`),
    answer: '协和医院',
  };
}

/** A page on the server, in Chinese, waiting at most 10 s for anything. */
export async function openPage(browser: Browser, server: RunningServer): Promise<Page> {
  const page = await browser.newPage({ baseURL: server.baseURL, locale: 'zh-CN' });
  page.setDefaultTimeout(10_000);
  return page;
}

export interface Journey {
  server: RunningServer;
  browser: Browser;
  page: Page;
}

/**
 * What every journey file starts from: a fresh server (loaded with `dictionaries`), a browser and a page on it, and
 * `candidate` registered there when one is given. {@link endJourney} stops them.
 */
export async function startJourney(
  options: { dictionaries?: readonly DictionaryImport[]; candidate?: Candidate } = {},
): Promise<Journey> {
  const server = await startServer({ dictionaries: options.dictionaries ?? [] });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await openPage(browser, server);
    if (options.candidate) await register(page, options.candidate);
    return { server, browser, page };
  } catch (error) {
    // A journey that cannot start leaves no server behind (vitest would end, the server would not).
    await endJourney({ server, browser });
    throw error;
  }
}

export async function endJourney(journey: Partial<Journey>): Promise<void> {
  await journey.browser?.close();
  await journey.server?.stop();
}

/** The box an antd Select draws around its input (labels point at the input): what is clicked, and coloured. */
export function selectBox(field: Locator): Locator {
  return field.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select-selector ")]');
}

/** Picks `option` in an antd Select: opens it, types to narrow a searchable one, clicks the option. */
export async function choose(field: Locator, option: string): Promise<void> {
  const chosen = selectBox(field).locator(`.ant-select-selection-item[title="${option}"]`);
  // Under load a click on an option still animating in can be lost: close the list and choose again until the box
  // shows the option.
  for (let attempt = 1; ; attempt++) {
    // The box, not the input: a chosen value is drawn over the input and takes the click.
    await selectBox(field).click();
    if (await field.isEditable()) await field.fill(option);
    // This select's own list (its input controls it), not one of another select still fading out.
    const list = field.page().locator(`[id="${await field.getAttribute('aria-controls')}"]`);
    await field
      .page()
      .locator('.ant-select-dropdown', { has: list })
      .locator(`.ant-select-item-option[title="${option}"]`)
      .click();
    try {
      await chosen.waitFor({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await field.page().keyboard.press('Escape');
    }
  }
}

/**
 * Types `query` into a dictionary picker, clicks the hit named `name` (with its `code` when it has one) and leaves
 * the field, which then shows its state (R-DICT-2).
 */
export async function pickFromDictionary(picker: Locator, query: string, name: string, code?: string): Promise<void> {
  await picker.click();
  await picker.fill(query);
  await picker
    .page()
    .getByRole('option', { name: code ? `${name} ${code}` : name, exact: true })
    .click();
  await picker.blur();
  // Grey, as R-DICT-2 shows a choice: a pick that did not take fails here, not at a later submit.
  await picker
    .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " dictionary-picker ")][1]')
    .getByText('已从字典中选择')
    .waitFor();
}

/** Picks province → city → county in the open antd Cascader. */
export async function chooseRegion(cascader: Locator, names: readonly string[]): Promise<void> {
  await cascader.click();
  // By title: an item's accessible name also holds its expand arrow's ("北京市 right").
  for (const name of names) {
    await cascader.page().locator(`.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="${name}"]`).click();
  }
}

/** Fills the registration form for `candidate` and submits it; ends on 个人信息, where a first login lands. */
export async function register(page: Page, candidate: Candidate): Promise<void> {
  await page.goto('/register');
  await page.getByLabel('用户名', { exact: true }).fill(candidate.username);
  await page.getByLabel('密码', { exact: true }).fill(candidate.password);
  await page.getByLabel('密码确认', { exact: true }).fill(candidate.password);
  await page.getByLabel('密码问题').fill('我的实习医院');
  await page.getByLabel('找回密码答案').fill(candidate.answer);
  await page.getByLabel('电子邮箱').fill(`${candidate.username}@example.com`);
  await page.getByLabel('姓名').fill(candidate.name);
  await page.getByLabel('证件号码').fill(candidate.idNumber);
  await choose(page.getByLabel('民族'), '汉族');
  await page.getByRole('button', { name: '注册' }).click();
  await page.waitForURL('**/profile');
}

/** Logs in from the login page. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  if (!page.url().endsWith('/login')) await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Logs out: staff pages show 退出登录 in the header, a candidate's pages in the menu named by the username. */
export async function logOut(page: Page, username: string): Promise<void> {
  const button = page.getByRole('button', { name: '退出登录' });
  if ((await button.count()) > 0) {
    await button.click();
  } else {
    await page.getByRole('button', { name: username }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
  }
  await page.waitForURL('**/login');
}

/** The one-time password the server printed for a demo account on its first start. */
export function demoPassword(server: RunningServer, username: string): string {
  const line = server
    .output()
    .split('\n')
    .find((l) => l.includes(`用户名 ${username} `));
  const password = line?.match(/密码 (\S+)/)?.[1];
  if (!password) throw new Error(`The server printed no password for ${username}:\n${server.output()}`);
  return password;
}

/** The text of the elements that describe a control (aria-describedby): its hint and its error message. */
export async function descriptionOf(control: Locator): Promise<string> {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => control.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}
