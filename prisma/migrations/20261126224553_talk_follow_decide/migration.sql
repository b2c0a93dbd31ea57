-- CreateTable
CREATE TABLE "CommentThread" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "proposalId" TEXT,
    "quote" TEXT,
    "quoteFrom" INTEGER,
    "quoteTo" INTEGER,
    "delegationCode" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "resolvedAt" DATETIME,
    "resolvedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CommentThread_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "threadId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "delegationCode" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "mentions" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Comment_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "CommentThread" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "negotiationId" TEXT NOT NULL,
    "draftId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT NOT NULL,
    "actorDelegation" TEXT,
    "dedupeKey" TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ParagraphFollow" (
    "draftId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "delegationCode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("draftId", "paragraphId", "delegationCode"),
    CONSTRAINT "ParagraphFollow_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Visit" (
    "userId" TEXT NOT NULL,
    "negotiationId" TEXT NOT NULL,
    "draftId" TEXT NOT NULL DEFAULT '',
    "visitedAt" DATETIME NOT NULL,
    "snapshot" TEXT,
    "previousVisitedAt" DATETIME,
    "previousSnapshot" TEXT,

    PRIMARY KEY ("userId", "negotiationId", "draftId"),
    CONSTRAINT "Visit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProposalDeadline" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL DEFAULT '',
    "closesAt" DATETIME NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "reopenedAt" DATETIME,
    "setById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProposalDeadline_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SilenceProcedure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "revisionId" TEXT,
    "paragraphIds" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "deadline" DATETIME NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'running',
    "startedById" TEXT NOT NULL,
    "startedByDelegation" TEXT NOT NULL,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SilenceProcedure_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SilenceBreak" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "procedureId" TEXT NOT NULL,
    "delegationCode" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SilenceBreak_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "SilenceProcedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Negotiation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "session" TEXT NOT NULL DEFAULT '',
    "startsOn" TEXT,
    "endsOn" TEXT,
    "status" TEXT NOT NULL DEFAULT 'preparing',
    "openToAll" BOOLEAN NOT NULL DEFAULT false,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Negotiation" ("body", "createdAt", "endsOn", "id", "isDefault", "openToAll", "session", "startsOn", "status", "title", "updatedAt") SELECT "body", "createdAt", "endsOn", "id", "isDefault", "openToAll", "session", "startsOn", "status", "title", "updatedAt" FROM "Negotiation";
DROP TABLE "Negotiation";
ALTER TABLE "new_Negotiation" RENAME TO "Negotiation";
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
    "explanation" TEXT NOT NULL DEFAULT '',

    PRIMARY KEY ("draftId", "id"),
    CONSTRAINT "Proposal_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Proposal" ("acceptedOnto", "authorId", "authorName", "baseText", "bracketNote", "createdAt", "decidedAt", "decidedBy", "delegation", "draftId", "id", "kind", "objectors", "paragraphId", "status", "supporters", "text", "versions") SELECT "acceptedOnto", "authorId", "authorName", "baseText", "bracketNote", "createdAt", "decidedAt", "decidedBy", "delegation", "draftId", "id", "kind", "objectors", "paragraphId", "status", "supporters", "text", "versions" FROM "Proposal";
DROP TABLE "Proposal";
ALTER TABLE "new_Proposal" RENAME TO "Proposal";
CREATE INDEX "Proposal_draftId_paragraphId_idx" ON "Proposal"("draftId", "paragraphId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CommentThread_draftId_paragraphId_idx" ON "CommentThread"("draftId", "paragraphId");

-- CreateIndex
CREATE INDEX "Comment_threadId_createdAt_idx" ON "Comment"("threadId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalDeadline_draftId_paragraphId_key" ON "ProposalDeadline"("draftId", "paragraphId");

-- CreateIndex
CREATE INDEX "SilenceProcedure_state_deadline_idx" ON "SilenceProcedure"("state", "deadline");

-- CreateIndex
CREATE INDEX "SilenceProcedure_draftId_idx" ON "SilenceProcedure"("draftId");

-- CreateIndex
CREATE UNIQUE INDEX "SilenceBreak_procedureId_delegationCode_key" ON "SilenceBreak"("procedureId", "delegationCode");
