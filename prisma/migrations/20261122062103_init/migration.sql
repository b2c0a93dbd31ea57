-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'state',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CorpusDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "number" TEXT,
    "meeting" INTEGER,
    "year" INTEGER NOT NULL,
    "date" TEXT,
    "session" TEXT,
    "sponsors" TEXT,
    "chapeau" TEXT,
    "sources" TEXT NOT NULL,
    "becameId" TEXT,
    "contentHash" TEXT NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "paragraphCount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CorpusParagraph" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "depth" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "lead" TEXT,
    "notes" TEXT,
    CONSTRAINT "CorpusParagraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "CorpusDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "unresolved" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "TopicRef" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "topicId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "TopicRef_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "chapeau" TEXT NOT NULL,
    "baseDocumentId" TEXT,
    "baseDraftId" TEXT,
    "createdById" TEXT NOT NULL,
    "ydocState" BLOB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DraftParagraph" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "frozen" BOOLEAN NOT NULL DEFAULT false,
    "text" TEXT NOT NULL,
    "content" TEXT NOT NULL,

    PRIMARY KEY ("draftId", "id"),
    CONSTRAINT "DraftParagraph_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "issuedById" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT,
    "actorId" TEXT NOT NULL,
    "delegationCode" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "detail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_code_key" ON "Delegation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "CorpusDocument_kind_idx" ON "CorpusDocument"("kind");

-- CreateIndex
CREATE INDEX "CorpusDocument_year_idx" ON "CorpusDocument"("year");

-- CreateIndex
CREATE INDEX "CorpusParagraph_documentId_position_idx" ON "CorpusParagraph"("documentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CorpusParagraph_documentId_ref_key" ON "CorpusParagraph"("documentId", "ref");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_name_key" ON "Topic"("name");

-- CreateIndex
CREATE INDEX "TopicRef_topicId_idx" ON "TopicRef"("topicId");

-- CreateIndex
CREATE INDEX "TopicRef_documentId_ref_idx" ON "TopicRef"("documentId", "ref");

-- CreateIndex
CREATE INDEX "DraftParagraph_draftId_position_idx" ON "DraftParagraph"("draftId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_draftId_name_key" ON "Revision"("draftId", "name");

-- CreateIndex
CREATE INDEX "AuditEvent_draftId_createdAt_idx" ON "AuditEvent"("draftId", "createdAt");
