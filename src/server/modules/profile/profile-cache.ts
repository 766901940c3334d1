import { inTransaction } from '../../db/transaction';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/connect';
import type { Database } from '../../db/schema';
import { findProfile, type ProfileRecord } from './repository';

/** The candidate's 个人信息 as stored, from the profile cache when this process (or Redis) has heard of no change. */
export function readProfile(ctx: AppContext, accountId: string): Promise<ProfileRecord> {
  return ctx.profiles.load(accountId, accountId, () => findProfile(ctx.db, accountId));
}

/**
 * Runs a change of the candidate's 个人信息 (their own edit, an application locking or unlocking entries, staff
 * verifying one) as one transaction, and then has every app process forget what it read of it. Every write of the
 * profile tables goes through here, so GET /api/profile never answers from before a change.
 */
export function changingProfile<R>(
  ctx: AppContext,
  accountId: string,
  change: (trx: Transaction<Database>) => Promise<R>,
): Promise<R> {
  return thenForgetting(ctx, accountId, () => inTransaction(ctx.db, change));
}

/** As changingProfile, for a change that is one statement: atomic as it is, so it needs no transaction. */
export function changingProfileInOneStatement<R>(
  ctx: AppContext,
  accountId: string,
  statement: (ex: Executor) => Promise<R>,
): Promise<R> {
  return thenForgetting(ctx, accountId, () => statement(ctx.db));
}

async function thenForgetting<R>(ctx: AppContext, accountId: string, change: () => Promise<R>): Promise<R> {
  try {
    return await change();
  } finally {
    // Also after a failure: a commit whose answer was lost may still have changed the rows.
    await ctx.profiles.forget({ key: accountId, group: accountId });
  }
}
