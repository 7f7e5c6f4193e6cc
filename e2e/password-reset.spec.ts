import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { demoUser, signInAt, submitSignIn } from './helpers.js';

test('an admin hands out a reset link and the member sets a new password with it', async ({ page, browser }) => {
  const admin = demoUser('admin');
  // A member of its own, so no other test's password changes.
  const suffix = randomBytes(4).toString('hex');
  const member = {
    name: `Reset Person ${suffix}`,
    email: `reset-${suffix}@example.com`,
    password: 'the first password',
  };
  const created = await page.request.post('/api/v1/members', {
    headers: { authorization: `Bearer ${admin.token}` },
    data: { ...member, role: 'interviewer' },
  });
  expect(created.status()).toBe(201);

  await signInAt(page, '/settings', admin);
  const row = page.getByRole('listitem').filter({ hasText: member.email });
  await row.getByRole('button', { name: 'Password reset link' }).click();
  const linkField = row.getByRole('textbox');
  await expect(linkField).toHaveValue(/\/reset-password#token=/);
  const link = await linkField.inputValue();

  // The member, in a browser of their own, with nobody signed in.
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  // The token leaves the address bar once read.
  await expect(visitor).toHaveURL((url) => url.pathname === '/reset-password' && url.hash === '');
  await visitor.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
  await visitor.getByLabel('New password again').fill('a brand new passphrase');
  await visitor.getByRole('button', { name: 'Set the new password' }).click();
  await expect(visitor.getByRole('heading', { name: 'Your password is set' })).toBeVisible();

  await visitor.getByRole('link', { name: 'Sign in' }).click();
  await submitSignIn(visitor, member.email, member.password);
  await expect(visitor.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await submitSignIn(visitor, member.email, 'a brand new passphrase');
  await expect(visitor.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // The link works once.
  await visitor.goto(link);
  await visitor.getByLabel('New password', { exact: true }).fill('yet another passphrase');
  await visitor.getByLabel('New password again').fill('yet another passphrase');
  await visitor.getByRole('button', { name: 'Set the new password' }).click();
  await expect(visitor.getByRole('alert')).toHaveText(
    'This link is invalid, already used or expired. Ask an admin for a new one.',
  );
  await context.close();
});
