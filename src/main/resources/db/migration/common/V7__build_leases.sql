-- One build at a time per project, across nodes: the node building a project holds a lease it
-- renews while it works. A lease that runs out means the node is gone: the build was interrupted.
ALTER TABLE projects ADD COLUMN build_owner VARCHAR(64);
ALTER TABLE projects ADD COLUMN build_lease_until TIMESTAMP;
