-- AlterTable
ALTER TABLE "Draft" ADD COLUMN     "furniture" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "mainSponsorId" TEXT;

-- CreateTable
CREATE TABLE "DraftCosponsor" (
    "draftId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftCosponsor_pkey" PRIMARY KEY ("draftId","delegationId")
);

-- CreateIndex
CREATE INDEX "DraftCosponsor_draftId_joinedAt_idx" ON "DraftCosponsor"("draftId", "joinedAt");

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_mainSponsorId_fkey" FOREIGN KEY ("mainSponsorId") REFERENCES "Delegation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftCosponsor" ADD CONSTRAINT "DraftCosponsor_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftCosponsor" ADD CONSTRAINT "DraftCosponsor_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
