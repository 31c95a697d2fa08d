/** The protective work's aggregates and rules, each referring to its case by id. */
package org.shouhu.protection.domain;
