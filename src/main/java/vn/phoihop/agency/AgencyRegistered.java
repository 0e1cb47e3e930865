package vn.phoihop.agency;

/**
 * An administrator added an agency to the registry, or renamed one (published inside the change's
 * transaction, so that what listens to it — the agency's Camunda groups — commits or rolls back
 * with it).
 */
public record AgencyRegistered(String code, String name, AgencyType type) {}
