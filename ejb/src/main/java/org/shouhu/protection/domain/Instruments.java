package org.shouhu.protection.domain;

import java.util.Optional;

/** The assessment instruments in force, by code ({@code CP_SAFETY_RISK}). */
public interface Instruments {

  Optional<Instrument> find(String code);
}
