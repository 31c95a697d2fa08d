package org.shouhu.casework.domain;

import java.time.LocalDate;

/**
 * What an intake says about a person. Only the name is required (and the sex for a subject); an ID
 * number of type RESIDENT_ID has been checked and uppercased before it gets here.
 */
public record PersonDetails(
    String name,
    Sex sex,
    LocalDate birthDate,
    IdType idType,
    String idNumber,
    String phone,
    String address) {}
