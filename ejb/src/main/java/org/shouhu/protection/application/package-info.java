/**
 * Use cases of protective work; the parts they add to a case's read model; the intervention gate.
 */
package org.shouhu.protection.application;
