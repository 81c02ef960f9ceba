-- CockroachDB Enterprise: regions and survival goal for Teleport's databases
-- (Teleport Multi-region Blueprint, CockroachDB Enterprise tab; CockroachDB docs: ALTER DATABASE).
-- Run after 01-databases.sql, once every region's nodes have joined the cluster.

-- teleport_backend
ALTER DATABASE "teleport_backend" SET PRIMARY REGION "us-east-1";
ALTER DATABASE "teleport_backend" ADD REGION IF NOT EXISTS "us-east-2";
ALTER DATABASE "teleport_backend" ADD REGION IF NOT EXISTS "us-west-2";
ALTER DATABASE "teleport_backend" SET SECONDARY REGION "us-east-2";
ALTER DATABASE "teleport_backend" SURVIVE REGION FAILURE;

-- teleport_audit
ALTER DATABASE "teleport_audit" SET PRIMARY REGION "us-east-1";
ALTER DATABASE "teleport_audit" ADD REGION IF NOT EXISTS "us-east-2";
ALTER DATABASE "teleport_audit" ADD REGION IF NOT EXISTS "us-west-2";
ALTER DATABASE "teleport_audit" SET SECONDARY REGION "us-east-2";
ALTER DATABASE "teleport_audit" SURVIVE REGION FAILURE;
