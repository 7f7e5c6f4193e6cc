import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { DemoSeed, DemoUser } from '../src/services/demo/seed-demo.js';
import type { Role } from '../src/shared/schemas/vocabulary.js';

/** Where e2e/serve-seeded.mjs writes the seeded organisation for this run (per port other than 3199). */
const PORT = process.env.E2E_PORT ?? '3199';
export const DEMO_FILE = new URL(`../.tmp/e2e-demo${PORT === '3199' ? '' : `-${PORT}`}.json`, import.meta.url);

/** The demo organisation seeded for this run: its users with their emails and passwords. */
export function readDemo(): DemoSeed {
  const seed = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as DemoSeed;
  if (!seed.org?.name || !Array.isArray(seed.users)) throw new Error(`${DEMO_FILE.pathname} is not a demo seed`);
  return seed;
}

/** The first seeded user with this role. */
export function demoUser(role: Role): DemoUser {
  const user = readDemo().users.find((u) => u.role === role);
  if (!user) throw new Error(`the demo seed has no ${role}`);
  return user;
}

/** Fill in and submit the sign-in form on the current page. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Sign in through the real page, starting signed out at `path`, and wait to land there. */
export async function signInAt(page: Page, path: string, user: DemoUser): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await submitSignIn(page, user.email, user.password);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname + url.search === path);
}
