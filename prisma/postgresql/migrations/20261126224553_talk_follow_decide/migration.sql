-- AlterTable
ALTER TABLE "Negotiation" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "explanation" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "CommentThread" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "proposalId" TEXT,
    "quote" TEXT,
    "quoteFrom" INTEGER,
    "quoteTo" INTEGER,
    "delegationCode" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommentThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "delegationCode" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "mentions" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "negotiationId" TEXT NOT NULL,
    "draftId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT NOT NULL,
    "actorDelegation" TEXT,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParagraphFollow" (
    "draftId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "delegationCode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParagraphFollow_pkey" PRIMARY KEY ("draftId","paragraphId","delegationCode")
);

-- CreateTable
CREATE TABLE "Visit" (
    "userId" TEXT NOT NULL,
    "negotiationId" TEXT NOT NULL,
    "draftId" TEXT NOT NULL DEFAULT '',
    "visitedAt" TIMESTAMP(3) NOT NULL,
    "snapshot" TEXT,
    "previousVisitedAt" TIMESTAMP(3),
    "previousSnapshot" TEXT,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("userId","negotiationId","draftId")
);

-- CreateTable
CREATE TABLE "ProposalDeadline" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL DEFAULT '',
    "closesAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "reopenedAt" TIMESTAMP(3),
    "setById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProposalDeadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SilenceProcedure" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "revisionId" TEXT,
    "paragraphIds" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'running',
    "startedById" TEXT NOT NULL,
    "startedByDelegation" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SilenceProcedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SilenceBreak" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "delegationCode" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SilenceBreak_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "CommentThread" ADD CONSTRAINT "CommentThread_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "CommentThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParagraphFollow" ADD CONSTRAINT "ParagraphFollow_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDeadline" ADD CONSTRAINT "ProposalDeadline_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SilenceProcedure" ADD CONSTRAINT "SilenceProcedure_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SilenceBreak" ADD CONSTRAINT "SilenceBreak_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "SilenceProcedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
