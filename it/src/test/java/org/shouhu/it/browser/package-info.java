/**
 * Browser journeys in headless Chromium (Debian's chromium and chromium-driver, never a download),
 * through page objects that find elements by their stable ids.
 */
package org.shouhu.it.browser;
