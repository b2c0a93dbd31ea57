-- CreateTable
CREATE TABLE "DraftCosponsor" (
    "draftId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("draftId", "delegationId"),
    CONSTRAINT "DraftCosponsor_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DraftCosponsor_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Draft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "negotiationId" TEXT NOT NULL,
    "archivedAt" DATETIME,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "chapeau" TEXT NOT NULL,
    "baseDocumentId" TEXT,
    "baseDraftId" TEXT,
    "createdById" TEXT NOT NULL,
    "ydocState" BLOB,
    "furniture" TEXT NOT NULL DEFAULT '{}',
    "mainSponsorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Draft_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Draft_mainSponsorId_fkey" FOREIGN KEY ("mainSponsorId") REFERENCES "Delegation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Draft" ("archivedAt", "baseDocumentId", "baseDraftId", "body", "chapeau", "createdAt", "createdById", "id", "negotiationId", "title", "updatedAt", "ydocState") SELECT "archivedAt", "baseDocumentId", "baseDraftId", "body", "chapeau", "createdAt", "createdById", "id", "negotiationId", "title", "updatedAt", "ydocState" FROM "Draft";
DROP TABLE "Draft";
ALTER TABLE "new_Draft" RENAME TO "Draft";
CREATE INDEX "Draft_negotiationId_idx" ON "Draft"("negotiationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DraftCosponsor_draftId_joinedAt_idx" ON "DraftCosponsor"("draftId", "joinedAt");
