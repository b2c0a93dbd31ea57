-- AlterTable
ALTER TABLE "CorpusDocument" ADD COLUMN     "symbol" TEXT;
