/** Referring a case to legal aid. */
package org.shouhu.legalaid.application;
