/**
 * The idempotency-key store the HTTP layer's Idempotency-Key handling uses: claim a key before
 * running a POST, record its response, replay it, or release it when the request failed.
 */
export {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyKey,
  releaseIdempotencyKey,
} from '../../db/repos/idempotency-repo.js';
