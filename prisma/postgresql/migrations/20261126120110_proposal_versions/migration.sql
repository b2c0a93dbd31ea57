-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "acceptedOnto" TEXT,
ADD COLUMN     "bracketNote" TEXT,
ADD COLUMN     "versions" TEXT NOT NULL DEFAULT '[]';
