-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Proposal" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "delegation" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "baseText" TEXT NOT NULL,
    "versions" TEXT NOT NULL DEFAULT '[]',
    "supporters" TEXT NOT NULL,
    "objectors" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "decidedBy" TEXT,
    "decidedAt" DATETIME,
    "acceptedOnto" TEXT,
    "bracketNote" TEXT,

    PRIMARY KEY ("draftId", "id"),
    CONSTRAINT "Proposal_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Proposal" ("authorId", "authorName", "baseText", "createdAt", "decidedAt", "decidedBy", "delegation", "draftId", "id", "kind", "objectors", "paragraphId", "status", "supporters", "text") SELECT "authorId", "authorName", "baseText", "createdAt", "decidedAt", "decidedBy", "delegation", "draftId", "id", "kind", "objectors", "paragraphId", "status", "supporters", "text" FROM "Proposal";
DROP TABLE "Proposal";
ALTER TABLE "new_Proposal" RENAME TO "Proposal";
CREATE INDEX "Proposal_draftId_paragraphId_idx" ON "Proposal"("draftId", "paragraphId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
