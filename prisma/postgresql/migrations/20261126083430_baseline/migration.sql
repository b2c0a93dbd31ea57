-- CreateTable
CREATE TABLE "Delegation" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'state',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "ssoIssuer" TEXT,
    "ssoSubject" TEXT,
    "delegationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Negotiation" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "session" TEXT NOT NULL DEFAULT '',
    "startsOn" TEXT,
    "endsOn" TEXT,
    "status" TEXT NOT NULL DEFAULT 'preparing',
    "openToAll" BOOLEAN NOT NULL DEFAULT false,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Negotiation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NegotiationDelegation" (
    "negotiationId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NegotiationDelegation_pkey" PRIMARY KEY ("negotiationId","delegationId")
);

-- CreateTable
CREATE TABLE "NegotiationMember" (
    "negotiationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "lastVisitAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NegotiationMember_pkey" PRIMARY KEY ("negotiationId","userId")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "negotiationId" TEXT,
    "role" TEXT,
    "invitedById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PreparedProposal" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "delegation" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "explanation" TEXT,
    "tabledAt" TIMESTAMP(3),
    "tabledById" TEXT,
    "proposalId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PreparedProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorpusDocument" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CorpusDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorpusParagraph" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "depth" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "lead" TEXT,
    "notes" TEXT,

    CONSTRAINT "CorpusParagraph_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "unresolved" TEXT NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicRef" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "TopicRef_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" TEXT NOT NULL,
    "negotiationId" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "chapeau" TEXT NOT NULL,
    "baseDocumentId" TEXT,
    "baseDraftId" TEXT,
    "createdById" TEXT NOT NULL,
    "ydocState" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftUpdate" (
    "draftId" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "epoch" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "delegationCode" TEXT NOT NULL,
    "update" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftUpdate_pkey" PRIMARY KEY ("draftId","seq")
);

-- CreateTable
CREATE TABLE "DraftClientBinding" (
    "draftId" TEXT NOT NULL,
    "clientId" BIGINT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftClientBinding_pkey" PRIMARY KEY ("draftId","clientId")
);

-- CreateTable
CREATE TABLE "DraftLease" (
    "draftId" TEXT NOT NULL,
    "epoch" INTEGER NOT NULL,
    "nodeId" TEXT NOT NULL,
    "nodeUrl" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DraftLease_pkey" PRIMARY KEY ("draftId")
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

    CONSTRAINT "DraftParagraph_pkey" PRIMARY KEY ("draftId","id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "issuedById" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "draftId" TEXT,
    "negotiationId" TEXT,
    "actorId" TEXT NOT NULL,
    "delegationCode" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "detail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

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
    "createdAt" TIMESTAMP(3) NOT NULL,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("draftId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_code_key" ON "Delegation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_ssoIssuer_ssoSubject_key" ON "User"("ssoIssuer", "ssoSubject");

-- CreateIndex
CREATE INDEX "NegotiationMember_userId_idx" ON "NegotiationMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE INDEX "PreparedProposal_draftId_delegation_idx" ON "PreparedProposal"("draftId", "delegation");

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
CREATE INDEX "Draft_negotiationId_idx" ON "Draft"("negotiationId");

-- CreateIndex
CREATE INDEX "DraftParagraph_draftId_position_idx" ON "DraftParagraph"("draftId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_draftId_name_key" ON "Revision"("draftId", "name");

-- CreateIndex
CREATE INDEX "AuditEvent_draftId_createdAt_idx" ON "AuditEvent"("draftId", "createdAt");

-- CreateIndex
CREATE INDEX "Proposal_draftId_paragraphId_idx" ON "Proposal"("draftId", "paragraphId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegotiationDelegation" ADD CONSTRAINT "NegotiationDelegation_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegotiationDelegation" ADD CONSTRAINT "NegotiationDelegation_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegotiationMember" ADD CONSTRAINT "NegotiationMember_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegotiationMember" ADD CONSTRAINT "NegotiationMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreparedProposal" ADD CONSTRAINT "PreparedProposal_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorpusParagraph" ADD CONSTRAINT "CorpusParagraph_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "CorpusDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicRef" ADD CONSTRAINT "TopicRef_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_negotiationId_fkey" FOREIGN KEY ("negotiationId") REFERENCES "Negotiation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftUpdate" ADD CONSTRAINT "DraftUpdate_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftClientBinding" ADD CONSTRAINT "DraftClientBinding_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftLease" ADD CONSTRAINT "DraftLease_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftParagraph" ADD CONSTRAINT "DraftParagraph_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
