-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "messageKey" TEXT,
ADD COLUMN     "params" TEXT;
