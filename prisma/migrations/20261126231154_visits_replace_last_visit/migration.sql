-- The home page's last visits move into Visit rows (draftId ""), the one per-person last-visit record. A row
-- already there is newer and stays.
INSERT OR IGNORE INTO "Visit" ("userId", "negotiationId", "draftId", "visitedAt")
SELECT "userId", "negotiationId", '', "lastVisitAt" FROM "NegotiationMember" WHERE "lastVisitAt" IS NOT NULL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_NegotiationMember" (
    "negotiationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("negotiationId", "userId"),
    CONSTRAINT "NegotiationMember_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NegotiationMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_NegotiationMember" ("createdAt", "negotiationId", "role", "userId") SELECT "createdAt", "negotiationId", "role", "userId" FROM "NegotiationMember";
DROP TABLE "NegotiationMember";
ALTER TABLE "new_NegotiationMember" RENAME TO "NegotiationMember";
CREATE INDEX "NegotiationMember_userId_idx" ON "NegotiationMember"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
