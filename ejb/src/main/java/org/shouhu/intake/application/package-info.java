/** Taking in a report: the desk, the form's assembly into a command, the intake transaction. */
package org.shouhu.intake.application;
