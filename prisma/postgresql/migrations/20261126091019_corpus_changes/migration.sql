-- CreateTable
CREATE TABLE "CorpusChange" (
    "seq" SERIAL NOT NULL,
    "documentId" TEXT,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorpusChange_pkey" PRIMARY KEY ("seq")
);
