-- The home page's last visits move into Visit rows (draftId ""), the one per-person last-visit record. A row
-- already there is newer and stays.
INSERT INTO "Visit" ("userId", "negotiationId", "draftId", "visitedAt")
SELECT "userId", "negotiationId", '', "lastVisitAt" FROM "NegotiationMember" WHERE "lastVisitAt" IS NOT NULL
ON CONFLICT DO NOTHING;

-- AlterTable
ALTER TABLE "NegotiationMember" DROP COLUMN "lastVisitAt";
