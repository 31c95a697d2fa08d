package org.shouhu.casework.domain;

/**
 * A person and the role she plays in a case, as a case is opened with her ({@link Case#receive}).
 */
public record Party(PartyRole role, Person person) {}
