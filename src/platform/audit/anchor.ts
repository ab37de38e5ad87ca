// Anchoring: the head of every chain that moved is written to audit_anchors (append-only, and in production not
// writable by the application's role at all beyond INSERT), hourly by the job and on demand. The first anchoring of
// each Riga day also e-mails the signed root digest of every chain's latest anchor to AUDIT_DIGEST_TO, so copies exist
// outside the database: one hash over all the heads (digest.ts headsRoot), a few lines however many chains there
// are (one per actor: tens of thousands); the full list is the signed download. Deleting a chain's tail, rewriting
// it with the key, or removing the anchors that pinned it is then caught by verify-audit.
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.ts';
import { inTransaction } from '../db/transaction.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { rigaDate } from '../time.ts';
import { systemActor } from '../access/actor.ts';
import { recordAudit, type AuditContext } from './audit.ts';
import { DIGEST_BEGIN, DIGEST_END, signedDigest, signedRoot, type RootDigest, type SignedDigest } from './digest.ts';
import { parseSigningKey } from './keys.ts';
import * as repo from './repository.ts';
import type { PlatformTables } from '../db/tables.generated.ts';
import { platformDeps } from '../db/platform-view.ts';
import type { PlatformJob } from '../jobs/job.ts';

export interface AnchorResult {
  /** Null when nothing had moved since the last anchors (and no digest was due): nothing was written. */
  runId: string | null;
  chains: number;
  digestSentTo: number;
  /** Another instance was anchoring at that moment (the job only). */
  skipped: boolean;
}

export interface AnchorOptions {
  /** On demand: wait for another instance's anchoring and anchor even when nothing moved. */
  force?: boolean;
  context?: AuditContext;
}

export async function anchorChains<D extends PlatformTables>(
  given: Deps<D>,
  options: AnchorOptions = {},
): Promise<AnchorResult> {
  const deps = platformDeps(given);
  const now = deps.now();
  const today = rigaDate(now);
  const context = options.context ?? { actor: systemActor('audit-anchor') };
  return inTransaction(deps.db, async (trx) => {
    if (!(await repo.anchorLock(trx, options.force === true)))
      return { runId: null, chains: 0, digestSentTo: 0, skipped: true };
    const to = deps.config.auditDigestTo;
    const digestDue = to.length > 0 && !(await repo.digestSentOn(trx, today));
    if (!options.force && !digestDue && (await repo.unanchoredHeads(trx)).length === 0)
      return { runId: null, chains: 0, digestSentTo: 0, skipped: false };
    const runId = randomUUID();
    // Written first, so the anchor covers its own event: the next hourly run then finds nothing moved.
    await recordAudit(trx, context, {
      action: 'audit.anchor',
      entityType: 'audit_anchor_run',
      entityId: runId,
      organisationId: null,
      after: { digestDay: digestDue ? today : null, digestRecipients: digestDue ? to.length : 0 },
    });
    const heads = await repo.unanchoredHeads(trx);
    await repo.insertRun(trx, { id: runId, anchoredAt: now, digestDay: digestDue ? today : null }, heads);
    if (digestDue) {
      // As of `now`, the same read verify.ts makes to check the root against the anchors later.
      const digest = signedRoot(
        await repo.latestAnchors(trx, now),
        { system: deps.config.publicUrl, issuedAt: now },
        parseSigningKey(deps.config.auditSigningKey),
      );
      for (const address of to) await enqueueMail(trx, { to: address, ...digestMail(digest, today) });
    }
    return { runId, chains: heads.length, digestSentTo: digestDue ? to.length : 0, skipped: false };
  });
}

/** The signed digest of the latest anchors, as it stands now (reads only). */
export async function currentDigest<D extends PlatformTables>(given: Deps<D>): Promise<SignedDigest> {
  const deps = platformDeps(given);
  return signedDigest(
    await repo.latestAnchors(deps.db),
    { system: deps.config.publicUrl, issuedAt: deps.now() },
    parseSigningKey(deps.config.auditSigningKey),
  );
}

function digestMail(digest: SignedDigest<RootDigest>, day: string): { subject: string; text: string } {
  const [y, m, d] = day.split('-');
  const chains = digest.digest.chains;
  return {
    subject: `Vienuviet audita pierakstu nospiedums / audit trail digest ${d}.${m}.${y}.`,
    text: [
      'Labdien!',
      '',
      `Zemāk ir Vienuviet audita pierakstu ķēžu (${chains}) parakstīts nospiedums: viena jaucējvērtība pār visu ķēžu`,
      'galvām. Saglabājiet to kā failu, piemēram digest.json: ar komandu `npm run verify-audit -- --anchors digest.json`',
      'var pārbaudīt, ka pieraksti kopš tā nav dzēsti vai pārrakstīti. Pilnu ķēžu sarakstu var lejupielādēt sistēmā',
      '(GET /api/v1/audit-events/digest). Paraksts ir Ed25519; publiskā atslēga ir failā un sistēmā.',
      '',
      '---',
      '',
      'Hello,',
      '',
      `Below is the signed digest of the Vienuviet audit trail's chains (${chains}): one hash over every chain's head.`,
      'Keep it as a file, e.g. digest.json: `npm run verify-audit -- --anchors digest.json` checks that no event',
      'recorded until then was deleted or rewritten. The full list of chains is the signed download in the system',
      '(GET /api/v1/audit-events/digest). The signature is Ed25519; the public key is in the file and in the system.',
      '',
      DIGEST_BEGIN,
      JSON.stringify(digest, null, 2),
      DIGEST_END,
    ].join('\n'),
  };
}

export const auditAnchorJob: PlatformJob = {
  name: 'audit-anchor',
  everyMs: 60 * 60_000,
  run: async (deps) => {
    await anchorChains(deps);
  },
};
