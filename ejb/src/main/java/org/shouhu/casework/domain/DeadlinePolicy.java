package org.shouhu.casework.domain;

/** The deadline rules in force and the working-day calendar they count with. */
public record DeadlinePolicy(DeadlineRules rules, WorkingCalendar calendar) {}
