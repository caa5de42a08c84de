-- CreateTable
CREATE TABLE "DeniedAttemptWindow" (
    "ip" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DeniedAttemptWindow_pkey" PRIMARY KEY ("ip","windowStart")
);
