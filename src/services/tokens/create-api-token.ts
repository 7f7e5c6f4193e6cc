import type { Db, Tx } from '../../db/client.js';
import { appendAudit } from '../../db/repos/audit-repo.js';
import { insertApiToken } from '../../db/repos/session-repo.js';
import type { TCreateToken } from '../../shared/schemas/auth.js';
import { TOKEN_PREFIX } from '../auth/authenticate.js';
import { randomSecret, sha256 } from '../auth/secrets.js';
import type { Actor, Deps } from '../context.js';
import { tokenView } from './token-view.js';

/** Mint a token for a user in an organisation; the secret is returned once and stored hashed. */
export async function mintApiToken(db: Db | Tx, v: { orgId: string; userId: string; name: string }) {
  const secret = randomSecret();
  const token = `${TOKEN_PREFIX}${secret}`;
  const row = await insertApiToken(db, {
    ...v,
    tokenHash: sha256(token),
    prefix: `${TOKEN_PREFIX}${secret.slice(0, 6)}`,
  });
  return { ...tokenView(row), token };
}

/** Create a personal API token for the caller. */
export async function createApiToken(deps: Deps, actor: Actor, input: TCreateToken) {
  return deps.db.transaction(async (tx) => {
    const created = await mintApiToken(tx, { orgId: actor.orgId, userId: actor.userId, name: input.name });
    await appendAudit(tx, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      action: 'token.created',
      targetType: 'api_token',
      targetId: created.id,
      payload: { name: input.name },
    });
    return created;
  });
}
