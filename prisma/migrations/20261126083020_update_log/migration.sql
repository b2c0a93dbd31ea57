-- CreateTable
CREATE TABLE "DraftUpdate" (
    "draftId" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "epoch" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "delegationCode" TEXT NOT NULL,
    "update" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("draftId", "seq"),
    CONSTRAINT "DraftUpdate_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DraftClientBinding" (
    "draftId" TEXT NOT NULL,
    "clientId" BIGINT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("draftId", "clientId"),
    CONSTRAINT "DraftClientBinding_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DraftLease" (
    "draftId" TEXT NOT NULL PRIMARY KEY,
    "epoch" INTEGER NOT NULL,
    "nodeId" TEXT NOT NULL,
    "nodeUrl" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DraftLease_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
