/** The keyboard intake page ({@code intake.xhtml}). */
package org.shouhu.intake.web;
