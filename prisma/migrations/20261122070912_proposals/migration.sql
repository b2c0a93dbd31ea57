-- CreateTable
CREATE TABLE "Proposal" (
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
    "supporters" TEXT NOT NULL,
    "objectors" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "decidedBy" TEXT,
    "decidedAt" DATETIME,

    PRIMARY KEY ("draftId", "id"),
    CONSTRAINT "Proposal_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Proposal_draftId_paragraphId_idx" ON "Proposal"("draftId", "paragraphId");
