/**
 * Admin pages of the unit registry ({@code /admin/units}): list, add, rename, short names and aliases,
 * kind and parent, merge, Excel import and export. System administrators edit; coordinators view.
 */
package org.fazhi.organization.web;
