-- AlterTable
ALTER TABLE "Notification" ADD COLUMN "messageKey" TEXT;
ALTER TABLE "Notification" ADD COLUMN "params" TEXT;
