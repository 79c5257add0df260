"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[3449], {
38656(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Accordion: () => (/* reexport */ JupyterAccordion),
  AccordionItem: () => (/* reexport */ JupyterAccordionItem),
  Anchor: () => (/* reexport */ JupyterAnchor),
  AnchoredRegion: () => (/* reexport */ JupyterAnchoredRegion),
  Avatar: () => (/* reexport */ JupyterAvatar),
  Badge: () => (/* reexport */ JupyterBadge),
  Breadcrumb: () => (/* reexport */ JupyterBreadcrumb),
  BreadcrumbItem: () => (/* reexport */ JupyterBreadcrumbItem),
  Button: () => (/* reexport */ JupyterButton),
  Card: () => (/* reexport */ JupyterCard),
  Checkbox: () => (/* reexport */ JupyterCheckbox),
  Combobox: () => (/* reexport */ JupyterCombobox),
  DataGrid: () => (/* reexport */ JupyterDataGrid),
  DataGridCell: () => (/* reexport */ JupyterDataGridCell),
  DataGridRow: () => (/* reexport */ JupyterDataGridRow),
  DateField: () => (/* reexport */ DateField),
  DelegatesARIAToolbar: () => (/* reexport */ DelegatesARIAToolbar),
  DesignSystemProvider: () => (/* reexport */ DesignSystemProvider),
  Dialog: () => (/* reexport */ JupyterDialog),
  DirectionalStyleSheetBehavior: () => (/* reexport */ DirectionalStyleSheetBehavior),
  Disclosure: () => (/* reexport */ JupyterDisclosure),
  Divider: () => (/* reexport */ JupyterDivider),
  FoundationToolbar: () => (/* reexport */ FoundationToolbar),
  Icon: () => (/* reexport */ icon_Icon),
  Listbox: () => (/* reexport */ JupyterListbox),
  Menu: () => (/* reexport */ JupyterMenu),
  MenuItem: () => (/* reexport */ JupyterMenuItem),
  NumberField: () => (/* reexport */ JupyterNumberField),
  Option: () => (/* reexport */ JupyterOption),
  PaletteRGB: () => (/* reexport */ PaletteRGB),
  Picker: () => (/* reexport */ JupyterPicker),
  PickerList: () => (/* reexport */ JupyterPickerList),
  PickerListItem: () => (/* reexport */ JupyterPickerListItem),
  PickerMenu: () => (/* reexport */ JupyterPickerMenu),
  PickerMenuOption: () => (/* reexport */ JupyterPickerMenuOption),
  Progress: () => (/* reexport */ JupyterProgress),
  ProgressRing: () => (/* reexport */ JupyterProgressRing),
  Radio: () => (/* reexport */ JupyterRadio),
  RadioGroup: () => (/* reexport */ JupyterRadioGroup),
  Search: () => (/* reexport */ JupyterSearch),
  Select: () => (/* reexport */ JupyterSelect),
  Skeleton: () => (/* reexport */ JupyterSkeleton),
  Slider: () => (/* reexport */ JupyterSlider),
  SliderLabel: () => (/* reexport */ JupyterSliderLabel),
  StandardLuminance: () => (/* reexport */ StandardLuminance),
  SwatchRGB: () => (/* reexport */ SwatchRGB),
  Switch: () => (/* reexport */ JupyterSwitch),
  Tab: () => (/* reexport */ JupyterTab),
  TabPanel: () => (/* reexport */ JupyterTabPanel),
  Tabs: () => (/* reexport */ JupyterTabs),
  TextArea: () => (/* reexport */ JupyterTextArea),
  TextField: () => (/* reexport */ JupyterTextField),
  Toolbar: () => (/* reexport */ Toolbar),
  Tooltip: () => (/* reexport */ JupyterTooltip),
  TreeItem: () => (/* reexport */ JupyterTreeItem),
  TreeView: () => (/* reexport */ JupyterTreeView),
  accentColor: () => (/* reexport */ accentColor),
  accentFillActive: () => (/* reexport */ accentFillActive),
  accentFillActiveDelta: () => (/* reexport */ accentFillActiveDelta),
  accentFillFocus: () => (/* reexport */ accentFillFocus),
  accentFillFocusDelta: () => (/* reexport */ accentFillFocusDelta),
  accentFillHover: () => (/* reexport */ accentFillHover),
  accentFillHoverDelta: () => (/* reexport */ accentFillHoverDelta),
  accentFillRecipe: () => (/* reexport */ accentFillRecipe),
  accentFillRest: () => (/* reexport */ accentFillRest),
  accentFillRestDelta: () => (/* reexport */ accentFillRestDelta),
  accentForegroundActive: () => (/* reexport */ accentForegroundActive),
  accentForegroundActiveDelta: () => (/* reexport */ accentForegroundActiveDelta),
  accentForegroundFocus: () => (/* reexport */ accentForegroundFocus),
  accentForegroundFocusDelta: () => (/* reexport */ accentForegroundFocusDelta),
  accentForegroundHover: () => (/* reexport */ accentForegroundHover),
  accentForegroundHoverDelta: () => (/* reexport */ accentForegroundHoverDelta),
  accentForegroundRecipe: () => (/* reexport */ accentForegroundRecipe),
  accentForegroundRest: () => (/* reexport */ accentForegroundRest),
  accentForegroundRestDelta: () => (/* reexport */ accentForegroundRestDelta),
  accentPalette: () => (/* reexport */ accentPalette),
  accordionItemStyles: () => (/* reexport */ accordionItemStyles),
  accordionStyles: () => (/* reexport */ accordionStyles),
  addJupyterLabThemeChangeListener: () => (/* reexport */ addJupyterLabThemeChangeListener),
  allComponents: () => (/* reexport */ allComponents),
  anchorStyles: () => (/* reexport */ anchorStyles),
  anchoredRegionStyles: () => (/* reexport */ anchoredRegionStyles),
  applyJupyterTheme: () => (/* reexport */ applyJupyterTheme),
  avatarStyles: () => (/* reexport */ avatarStyles),
  badgeStyles: () => (/* reexport */ badgeStyles),
  baseHeightMultiplier: () => (/* reexport */ baseHeightMultiplier),
  baseHorizontalSpacingMultiplier: () => (/* reexport */ baseHorizontalSpacingMultiplier),
  baseLayerLuminance: () => (/* reexport */ design_tokens_baseLayerLuminance),
  bodyFont: () => (/* reexport */ bodyFont),
  breadcrumbItemStyles: () => (/* reexport */ breadcrumbItemStyles),
  breadcrumbStyles: () => (/* reexport */ breadcrumbStyles),
  buttonStyles: () => (/* reexport */ buttonStyles),
  cardStyles: () => (/* reexport */ cardStyles),
  checkboxStyles: () => (/* reexport */ checkboxStyles),
  checkboxTemplate: () => (/* reexport */ checkboxTemplate),
  comboboxStyles: () => (/* reexport */ comboboxStyles),
  controlCornerRadius: () => (/* reexport */ controlCornerRadius),
  dataGridCellStyles: () => (/* reexport */ dataGridCellStyles),
  dataGridRowStyles: () => (/* reexport */ dataGridRowStyles),
  dataGridStyles: () => (/* reexport */ dataGridStyles),
  dateFieldStyles: () => (/* reexport */ dateFieldStyles),
  dateFieldTemplate: () => (/* reexport */ dateFieldTemplate),
  density: () => (/* reexport */ density),
  designSystemProviderStyles: () => (/* reexport */ designSystemProviderStyles),
  designSystemProviderTemplate: () => (/* reexport */ designSystemProviderTemplate),
  designUnit: () => (/* reexport */ designUnit),
  dialogStyles: () => (/* reexport */ dialogStyles),
  direction: () => (/* reexport */ design_tokens_direction),
  disabledOpacity: () => (/* reexport */ disabledOpacity),
  disclosureStyles: () => (/* reexport */ disclosureStyles),
  dividerStyles: () => (/* reexport */ dividerStyles),
  elementScale: () => (/* reexport */ elementScale),
  errorColor: () => (/* reexport */ errorColor),
  errorFillActive: () => (/* reexport */ errorFillActive),
  errorFillFocus: () => (/* reexport */ errorFillFocus),
  errorFillHover: () => (/* reexport */ errorFillHover),
  errorFillRecipe: () => (/* reexport */ errorFillRecipe),
  errorFillRest: () => (/* reexport */ errorFillRest),
  errorForegroundActive: () => (/* reexport */ errorForegroundActive),
  errorForegroundFocus: () => (/* reexport */ errorForegroundFocus),
  errorForegroundHover: () => (/* reexport */ errorForegroundHover),
  errorForegroundRecipe: () => (/* reexport */ errorForegroundRecipe),
  errorForegroundRest: () => (/* reexport */ errorForegroundRest),
  errorPalette: () => (/* reexport */ errorPalette),
  fillColor: () => (/* reexport */ fillColor),
  focusStrokeInner: () => (/* reexport */ design_tokens_focusStrokeInner),
  focusStrokeInnerRecipe: () => (/* reexport */ focusStrokeInnerRecipe),
  focusStrokeOuter: () => (/* reexport */ design_tokens_focusStrokeOuter),
  focusStrokeOuterRecipe: () => (/* reexport */ focusStrokeOuterRecipe),
  focusStrokeWidth: () => (/* reexport */ focusStrokeWidth),
  foregroundOnAccentActive: () => (/* reexport */ foregroundOnAccentActive),
  foregroundOnAccentActiveLarge: () => (/* reexport */ foregroundOnAccentActiveLarge),
  foregroundOnAccentFocus: () => (/* reexport */ foregroundOnAccentFocus),
  foregroundOnAccentFocusLarge: () => (/* reexport */ foregroundOnAccentFocusLarge),
  foregroundOnAccentHover: () => (/* reexport */ foregroundOnAccentHover),
  foregroundOnAccentHoverLarge: () => (/* reexport */ foregroundOnAccentHoverLarge),
  foregroundOnAccentLargeRecipe: () => (/* reexport */ foregroundOnAccentLargeRecipe),
  foregroundOnAccentRecipe: () => (/* reexport */ foregroundOnAccentRecipe),
  foregroundOnAccentRest: () => (/* reexport */ foregroundOnAccentRest),
  foregroundOnAccentRestLarge: () => (/* reexport */ foregroundOnAccentRestLarge),
  foregroundOnErrorActive: () => (/* reexport */ foregroundOnErrorActive),
  foregroundOnErrorActiveLarge: () => (/* reexport */ foregroundOnErrorActiveLarge),
  foregroundOnErrorFocus: () => (/* reexport */ foregroundOnErrorFocus),
  foregroundOnErrorFocusLarge: () => (/* reexport */ foregroundOnErrorFocusLarge),
  foregroundOnErrorHover: () => (/* reexport */ foregroundOnErrorHover),
  foregroundOnErrorHoverLarge: () => (/* reexport */ foregroundOnErrorHoverLarge),
  foregroundOnErrorLargeRecipe: () => (/* reexport */ foregroundOnErrorLargeRecipe),
  foregroundOnErrorRecipe: () => (/* reexport */ foregroundOnErrorRecipe),
  foregroundOnErrorRest: () => (/* reexport */ foregroundOnErrorRest),
  foregroundOnErrorRestLarge: () => (/* reexport */ foregroundOnErrorRestLarge),
  heightNumberAsToken: () => (/* reexport */ heightNumberAsToken),
  horizontalSliderLabelStyles: () => (/* reexport */ horizontalSliderLabelStyles),
  iconStyles: () => (/* reexport */ iconStyles),
  imgTemplate: () => (/* reexport */ imgTemplate),
  isDark: () => (/* reexport */ is_dark_isDark),
  jpAccordion: () => (/* reexport */ jpAccordion),
  jpAccordionItem: () => (/* reexport */ jpAccordionItem),
  jpAnchor: () => (/* reexport */ jpAnchor),
  jpAnchoredRegion: () => (/* reexport */ jpAnchoredRegion),
  jpAvatar: () => (/* reexport */ jpAvatar),
  jpBadge: () => (/* reexport */ jpBadge),
  jpBreadcrumb: () => (/* reexport */ jpBreadcrumb),
  jpBreadcrumbItem: () => (/* reexport */ jpBreadcrumbItem),
  jpButton: () => (/* reexport */ jpButton),
  jpCard: () => (/* reexport */ jpCard),
  jpCheckbox: () => (/* reexport */ jpCheckbox),
  jpCombobox: () => (/* reexport */ jpCombobox),
  jpDataGrid: () => (/* reexport */ jpDataGrid),
  jpDataGridCell: () => (/* reexport */ jpDataGridCell),
  jpDataGridRow: () => (/* reexport */ jpDataGridRow),
  jpDateField: () => (/* reexport */ jpDateField),
  jpDesignSystemProvider: () => (/* reexport */ jpDesignSystemProvider),
  jpDialog: () => (/* reexport */ jpDialog),
  jpDisclosure: () => (/* reexport */ jpDisclosure),
  jpDivider: () => (/* reexport */ jpDivider),
  jpListbox: () => (/* reexport */ jpListbox),
  jpMenu: () => (/* reexport */ jpMenu),
  jpMenuItem: () => (/* reexport */ jpMenuItem),
  jpNumberField: () => (/* reexport */ jpNumberField),
  jpOption: () => (/* reexport */ jpOption),
  jpPicker: () => (/* reexport */ jpPicker),
  jpPickerList: () => (/* reexport */ jpPickerList),
  jpPickerListItem: () => (/* reexport */ jpPickerListItem),
  jpPickerMenu: () => (/* reexport */ jpPickerMenu),
  jpPickerMenuOption: () => (/* reexport */ jpPickerMenuOption),
  jpProgress: () => (/* reexport */ jpProgress),
  jpProgressRing: () => (/* reexport */ jpProgressRing),
  jpRadio: () => (/* reexport */ jpRadio),
  jpRadioGroup: () => (/* reexport */ jpRadioGroup),
  jpSearch: () => (/* reexport */ jpSearch),
  jpSelect: () => (/* reexport */ jpSelect),
  jpSkeleton: () => (/* reexport */ jpSkeleton),
  jpSlider: () => (/* reexport */ jpSlider),
  jpSliderLabel: () => (/* reexport */ jpSliderLabel),
  jpSwitch: () => (/* reexport */ jpSwitch),
  jpTab: () => (/* reexport */ jpTab),
  jpTabPanel: () => (/* reexport */ jpTabPanel),
  jpTabs: () => (/* reexport */ jpTabs),
  jpTextArea: () => (/* reexport */ jpTextArea),
  jpTextField: () => (/* reexport */ jpTextField),
  jpToolbar: () => (/* reexport */ jpToolbar),
  jpTooltip: () => (/* reexport */ jpTooltip),
  jpTreeItem: () => (/* reexport */ jpTreeItem),
  jpTreeView: () => (/* reexport */ jpTreeView),
  listboxStyles: () => (/* reexport */ listboxStyles),
  menuItemStyles: () => (/* reexport */ menuItemStyles),
  menuStyles: () => (/* reexport */ menuStyles),
  neutralColor: () => (/* reexport */ neutralColor),
  neutralFillActive: () => (/* reexport */ neutralFillActive),
  neutralFillActiveDelta: () => (/* reexport */ design_tokens_neutralFillActiveDelta),
  neutralFillFocus: () => (/* reexport */ neutralFillFocus),
  neutralFillFocusDelta: () => (/* reexport */ neutralFillFocusDelta),
  neutralFillHover: () => (/* reexport */ neutralFillHover),
  neutralFillHoverDelta: () => (/* reexport */ design_tokens_neutralFillHoverDelta),
  neutralFillInputActive: () => (/* reexport */ neutralFillInputActive),
  neutralFillInputActiveDelta: () => (/* reexport */ neutralFillInputActiveDelta),
  neutralFillInputFocus: () => (/* reexport */ neutralFillInputFocus),
  neutralFillInputFocusDelta: () => (/* reexport */ neutralFillInputFocusDelta),
  neutralFillInputHover: () => (/* reexport */ neutralFillInputHover),
  neutralFillInputHoverDelta: () => (/* reexport */ neutralFillInputHoverDelta),
  neutralFillInputRecipe: () => (/* reexport */ neutralFillInputRecipe),
  neutralFillInputRest: () => (/* reexport */ neutralFillInputRest),
  neutralFillInputRestDelta: () => (/* reexport */ neutralFillInputRestDelta),
  neutralFillLayerRecipe: () => (/* reexport */ neutralFillLayerRecipe),
  neutralFillLayerRest: () => (/* reexport */ neutralFillLayerRest),
  neutralFillLayerRestDelta: () => (/* reexport */ neutralFillLayerRestDelta),
  neutralFillRecipe: () => (/* reexport */ neutralFillRecipe),
  neutralFillRest: () => (/* reexport */ neutralFillRest),
  neutralFillRestDelta: () => (/* reexport */ design_tokens_neutralFillRestDelta),
  neutralFillStealthActive: () => (/* reexport */ neutralFillStealthActive),
  neutralFillStealthActiveDelta: () => (/* reexport */ neutralFillStealthActiveDelta),
  neutralFillStealthFocus: () => (/* reexport */ neutralFillStealthFocus),
  neutralFillStealthFocusDelta: () => (/* reexport */ neutralFillStealthFocusDelta),
  neutralFillStealthHover: () => (/* reexport */ neutralFillStealthHover),
  neutralFillStealthHoverDelta: () => (/* reexport */ neutralFillStealthHoverDelta),
  neutralFillStealthRecipe: () => (/* reexport */ neutralFillStealthRecipe),
  neutralFillStealthRest: () => (/* reexport */ neutralFillStealthRest),
  neutralFillStealthRestDelta: () => (/* reexport */ neutralFillStealthRestDelta),
  neutralFillStrongActive: () => (/* reexport */ neutralFillStrongActive),
  neutralFillStrongActiveDelta: () => (/* reexport */ neutralFillStrongActiveDelta),
  neutralFillStrongFocus: () => (/* reexport */ neutralFillStrongFocus),
  neutralFillStrongFocusDelta: () => (/* reexport */ neutralFillStrongFocusDelta),
  neutralFillStrongHover: () => (/* reexport */ neutralFillStrongHover),
  neutralFillStrongHoverDelta: () => (/* reexport */ neutralFillStrongHoverDelta),
  neutralFillStrongRecipe: () => (/* reexport */ neutralFillStrongRecipe),
  neutralFillStrongRest: () => (/* reexport */ neutralFillStrongRest),
  neutralFillStrongRestDelta: () => (/* reexport */ neutralFillStrongRestDelta),
  neutralForegroundHint: () => (/* reexport */ design_tokens_neutralForegroundHint),
  neutralForegroundHintRecipe: () => (/* reexport */ neutralForegroundHintRecipe),
  neutralForegroundRecipe: () => (/* reexport */ neutralForegroundRecipe),
  neutralForegroundRest: () => (/* reexport */ neutralForegroundRest),
  neutralLayer1: () => (/* reexport */ design_tokens_neutralLayer1),
  neutralLayer1Recipe: () => (/* reexport */ neutralLayer1Recipe),
  neutralLayer2: () => (/* reexport */ design_tokens_neutralLayer2),
  neutralLayer2Recipe: () => (/* reexport */ neutralLayer2Recipe),
  neutralLayer3: () => (/* reexport */ design_tokens_neutralLayer3),
  neutralLayer3Recipe: () => (/* reexport */ neutralLayer3Recipe),
  neutralLayer4: () => (/* reexport */ design_tokens_neutralLayer4),
  neutralLayer4Recipe: () => (/* reexport */ neutralLayer4Recipe),
  neutralLayerCardContainer: () => (/* reexport */ design_tokens_neutralLayerCardContainer),
  neutralLayerCardContainerRecipe: () => (/* reexport */ neutralLayerCardContainerRecipe),
  neutralLayerFloating: () => (/* reexport */ design_tokens_neutralLayerFloating),
  neutralLayerFloatingRecipe: () => (/* reexport */ neutralLayerFloatingRecipe),
  neutralPalette: () => (/* reexport */ design_tokens_neutralPalette),
  neutralStrokeActive: () => (/* reexport */ neutralStrokeActive),
  neutralStrokeActiveDelta: () => (/* reexport */ neutralStrokeActiveDelta),
  neutralStrokeDividerRecipe: () => (/* reexport */ neutralStrokeDividerRecipe),
  neutralStrokeDividerRest: () => (/* reexport */ neutralStrokeDividerRest),
  neutralStrokeDividerRestDelta: () => (/* reexport */ neutralStrokeDividerRestDelta),
  neutralStrokeFocus: () => (/* reexport */ neutralStrokeFocus),
  neutralStrokeFocusDelta: () => (/* reexport */ neutralStrokeFocusDelta),
  neutralStrokeHover: () => (/* reexport */ neutralStrokeHover),
  neutralStrokeHoverDelta: () => (/* reexport */ neutralStrokeHoverDelta),
  neutralStrokeRecipe: () => (/* reexport */ neutralStrokeRecipe),
  neutralStrokeRest: () => (/* reexport */ neutralStrokeRest),
  neutralStrokeRestDelta: () => (/* reexport */ neutralStrokeRestDelta),
  numberFieldStyles: () => (/* reexport */ numberFieldStyles),
  optionStyles: () => (/* reexport */ optionStyles),
  pickerListItemStyles: () => (/* reexport */ pickerListItemStyles),
  pickerMenuOptionStyles: () => (/* reexport */ pickerMenuOptionStyles),
  pickerMenuStyles: () => (/* reexport */ pickerMenuStyles),
  pickerStyles: () => (/* reexport */ pickerStyles),
  progressRingStyles: () => (/* reexport */ progressRingStyles),
  progressStyles: () => (/* reexport */ progressStyles),
  provideJupyterDesignSystem: () => (/* reexport */ provideJupyterDesignSystem),
  radioGroupStyles: () => (/* reexport */ radioGroupStyles),
  radioStyles: () => (/* reexport */ radioStyles),
  radioTemplate: () => (/* reexport */ radioTemplate),
  searchStyles: () => (/* reexport */ searchStyles),
  selectStyles: () => (/* reexport */ selectStyles),
  skeletonStyles: () => (/* reexport */ skeletonStyles),
  sliderLabelStyles: () => (/* reexport */ sliderLabelStyles),
  sliderStyles: () => (/* reexport */ sliderStyles),
  strokeWidth: () => (/* reexport */ strokeWidth),
  switchStyles: () => (/* reexport */ switchStyles),
  tabPanelStyles: () => (/* reexport */ tabPanelStyles),
  tabStyles: () => (/* reexport */ tabStyles),
  tabsStyles: () => (/* reexport */ tabsStyles),
  textAreaStyles: () => (/* reexport */ textAreaStyles),
  textFieldStyles: () => (/* reexport */ textFieldStyles),
  toolbarStyles: () => (/* reexport */ toolbarStyles),
  tooltipStyles: () => (/* reexport */ tooltipStyles),
  treeItemStyles: () => (/* reexport */ treeItemStyles),
  treeViewStyles: () => (/* reexport */ treeViewStyles),
  typeRampBaseFontSize: () => (/* reexport */ typeRampBaseFontSize),
  typeRampBaseLineHeight: () => (/* reexport */ typeRampBaseLineHeight),
  typeRampMinus1FontSize: () => (/* reexport */ typeRampMinus1FontSize),
  typeRampMinus1LineHeight: () => (/* reexport */ typeRampMinus1LineHeight),
  typeRampMinus2FontSize: () => (/* reexport */ typeRampMinus2FontSize),
  typeRampMinus2LineHeight: () => (/* reexport */ typeRampMinus2LineHeight),
  typeRampPlus1FontSize: () => (/* reexport */ typeRampPlus1FontSize),
  typeRampPlus1LineHeight: () => (/* reexport */ typeRampPlus1LineHeight),
  typeRampPlus2FontSize: () => (/* reexport */ typeRampPlus2FontSize),
  typeRampPlus2LineHeight: () => (/* reexport */ typeRampPlus2LineHeight),
  typeRampPlus3FontSize: () => (/* reexport */ typeRampPlus3FontSize),
  typeRampPlus3LineHeight: () => (/* reexport */ typeRampPlus3LineHeight),
  typeRampPlus4FontSize: () => (/* reexport */ typeRampPlus4FontSize),
  typeRampPlus4LineHeight: () => (/* reexport */ typeRampPlus4LineHeight),
  typeRampPlus5FontSize: () => (/* reexport */ typeRampPlus5FontSize),
  typeRampPlus5LineHeight: () => (/* reexport */ typeRampPlus5LineHeight),
  typeRampPlus6FontSize: () => (/* reexport */ typeRampPlus6FontSize),
  typeRampPlus6LineHeight: () => (/* reexport */ typeRampPlus6LineHeight),
  verticalSliderLabelStyles: () => (/* reexport */ verticalSliderLabelStyles)
});

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/math-utilities.js
/**
 * Ensures that an input number does not exceed a max value and is not less than a min value.
 * @param i - the number to clamp
 * @param min - the maximum (inclusive) value
 * @param max - the minimum (inclusive) value
 * @public
 */
function clamp(i, min, max) {
    if (isNaN(i) || i <= min) {
        return min;
    }
    else if (i >= max) {
        return max;
    }
    return i;
}
/**
 * Scales an input to a number between 0 and 1
 * @param i - a number between min and max
 * @param min - the max value
 * @param max - the min value
 * @public
 */
function math_utilities_normalize(i, min, max) {
    if (isNaN(i) || i <= min) {
        return 0.0;
    }
    else if (i >= max) {
        return 1.0;
    }
    return i / (max - min);
}
/**
 * Scales a number between 0 and 1
 * @param i - the number to denormalize
 * @param min - the min value
 * @param max - the max value
 * @public
 */
function denormalize(i, min, max) {
    if (isNaN(i)) {
        return min;
    }
    return min + i * (max - min);
}
/**
 * Converts degrees to radians.
 * @param i - degrees
 * @public
 */
function degreesToRadians(i) {
    return i * (Math.PI / 180.0);
}
/**
 * Converts radians to degrees.
 * @param i - radians
 * @public
 */
function radiansToDegrees(i) {
    return i * (180.0 / Math.PI);
}
/**
 * Converts a number between 0 and 255 to a hex string.
 * @param i - the number to convert to a hex string
 * @public
 */
function getHexStringForByte(i) {
    const s = Math.round(clamp(i, 0.0, 255.0)).toString(16);
    if (s.length === 1) {
        return "0" + s;
    }
    return s;
}
/**
 * Linearly interpolate
 * @public
 */
function lerp(i, min, max) {
    if (isNaN(i) || i <= 0.0) {
        return min;
    }
    else if (i >= 1.0) {
        return max;
    }
    return min + i * (max - min);
}
/**
 * Linearly interpolate angles in degrees
 * @public
 */
function lerpAnglesInDegrees(i, min, max) {
    if (i <= 0.0) {
        return min % 360.0;
    }
    else if (i >= 1.0) {
        return max % 360.0;
    }
    const a = (min - max + 360.0) % 360.0;
    const b = (max - min + 360.0) % 360.0;
    if (a <= b) {
        return (min - a * i + 360.0) % 360.0;
    }
    return (min + a * i + 360.0) % 360.0;
}
const TwoPI = (/* unused pure expression or super */ null && (Math.PI * 2));
/**
 * Linearly interpolate angles in radians
 * @public
 */
function lerpAnglesInRadians(i, min, max) {
    if (isNaN(i) || i <= 0.0) {
        return min % TwoPI;
    }
    else if (i >= 1.0) {
        return max % TwoPI;
    }
    const a = (min - max + TwoPI) % TwoPI;
    const b = (max - min + TwoPI) % TwoPI;
    if (a <= b) {
        return (min - a * i + TwoPI) % TwoPI;
    }
    return (min + a * i + TwoPI) % TwoPI;
}
/**
 *
 * Will return infinity if i*10^(precision) overflows number
 * note that floating point rounding rules come into play here
 * so values that end up rounding on a .5 round to the nearest
 * even not always up so 2.5 rounds to 2
 * @param i - the number to round
 * @param precision - the precision to round to
 *
 * @public
 */
function roundToPrecisionSmall(i, precision) {
    const factor = Math.pow(10, precision);
    return Math.round(i * factor) / factor;
}

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/color-rgba-64.js

/**
 * A RGBA color with 64 bit channels.
 *
 * @example
 * ```ts
 * new ColorRGBA64(1, 0, 0, 1) // red
 * ```
 * @public
 */
class color_rgba_64_ColorRGBA64 {
    /**
     *
     * @param red - the red value
     * @param green - the green value
     * @param blue - the blue value
     * @param alpha - the alpha value
     */
    constructor(red, green, blue, alpha) {
        this.r = red;
        this.g = green;
        this.b = blue;
        this.a = typeof alpha === "number" && !isNaN(alpha) ? alpha : 1;
    }
    /**
     * Construct a {@link ColorRGBA64} from a {@link ColorRGBA64Config}
     * @param data - the config object
     */
    static fromObject(data) {
        return data && !isNaN(data.r) && !isNaN(data.g) && !isNaN(data.b)
            ? new color_rgba_64_ColorRGBA64(data.r, data.g, data.b, data.a)
            : null;
    }
    /**
     * Determines if one color is equal to another.
     * @param rhs - the color to compare
     */
    equalValue(rhs) {
        return (this.r === rhs.r && this.g === rhs.g && this.b === rhs.b && this.a === rhs.a);
    }
    /**
     * Returns the color formatted as a string; #RRGGBB
     */
    toStringHexRGB() {
        return "#" + [this.r, this.g, this.b].map(this.formatHexValue).join("");
    }
    /**
     * Returns the color formatted as a string; #RRGGBBAA
     */
    toStringHexRGBA() {
        return this.toStringHexRGB() + this.formatHexValue(this.a);
    }
    /**
     * Returns the color formatted as a string; #AARRGGBB
     */
    toStringHexARGB() {
        return "#" + [this.a, this.r, this.g, this.b].map(this.formatHexValue).join("");
    }
    /**
     * Returns the color formatted as a string; "rgb(0xRR, 0xGG, 0xBB)"
     */
    toStringWebRGB() {
        return `rgb(${Math.round(denormalize(this.r, 0.0, 255.0))},${Math.round(denormalize(this.g, 0.0, 255.0))},${Math.round(denormalize(this.b, 0.0, 255.0))})`;
    }
    /**
     * Returns the color formatted as a string; "rgba(0xRR, 0xGG, 0xBB, a)"
     * @remarks
     * Note that this follows the convention of putting alpha in the range [0.0,1.0] while the other three channels are [0,255]
     */
    toStringWebRGBA() {
        return `rgba(${Math.round(denormalize(this.r, 0.0, 255.0))},${Math.round(denormalize(this.g, 0.0, 255.0))},${Math.round(denormalize(this.b, 0.0, 255.0))},${clamp(this.a, 0, 1)})`;
    }
    /**
     * Returns a new {@link ColorRGBA64} rounded to the provided precision
     * @param precision - the precision to round to
     */
    roundToPrecision(precision) {
        return new color_rgba_64_ColorRGBA64(roundToPrecisionSmall(this.r, precision), roundToPrecisionSmall(this.g, precision), roundToPrecisionSmall(this.b, precision), roundToPrecisionSmall(this.a, precision));
    }
    /**
     * Returns a new {@link ColorRGBA64} with channel values clamped between 0 and 1.
     */
    clamp() {
        return new color_rgba_64_ColorRGBA64(clamp(this.r, 0, 1), clamp(this.g, 0, 1), clamp(this.b, 0, 1), clamp(this.a, 0, 1));
    }
    /**
     * Converts the {@link ColorRGBA64} to a {@link ColorRGBA64Config}.
     */
    toObject() {
        return { r: this.r, g: this.g, b: this.b, a: this.a };
    }
    formatHexValue(value) {
        return getHexStringForByte(denormalize(value, 0.0, 255.0));
    }
}

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/named-colors.js
const namedColorsConfigs = {
    aliceblue: {
        r: 0.941176,
        g: 0.972549,
        b: 1,
    },
    antiquewhite: {
        r: 0.980392,
        g: 0.921569,
        b: 0.843137,
    },
    aqua: {
        r: 0,
        g: 1,
        b: 1,
    },
    aquamarine: {
        r: 0.498039,
        g: 1,
        b: 0.831373,
    },
    azure: {
        r: 0.941176,
        g: 1,
        b: 1,
    },
    beige: {
        r: 0.960784,
        g: 0.960784,
        b: 0.862745,
    },
    bisque: {
        r: 1,
        g: 0.894118,
        b: 0.768627,
    },
    black: {
        r: 0,
        g: 0,
        b: 0,
    },
    blanchedalmond: {
        r: 1,
        g: 0.921569,
        b: 0.803922,
    },
    blue: {
        r: 0,
        g: 0,
        b: 1,
    },
    blueviolet: {
        r: 0.541176,
        g: 0.168627,
        b: 0.886275,
    },
    brown: {
        r: 0.647059,
        g: 0.164706,
        b: 0.164706,
    },
    burlywood: {
        r: 0.870588,
        g: 0.721569,
        b: 0.529412,
    },
    cadetblue: {
        r: 0.372549,
        g: 0.619608,
        b: 0.627451,
    },
    chartreuse: {
        r: 0.498039,
        g: 1,
        b: 0,
    },
    chocolate: {
        r: 0.823529,
        g: 0.411765,
        b: 0.117647,
    },
    coral: {
        r: 1,
        g: 0.498039,
        b: 0.313725,
    },
    cornflowerblue: {
        r: 0.392157,
        g: 0.584314,
        b: 0.929412,
    },
    cornsilk: {
        r: 1,
        g: 0.972549,
        b: 0.862745,
    },
    crimson: {
        r: 0.862745,
        g: 0.078431,
        b: 0.235294,
    },
    cyan: {
        r: 0,
        g: 1,
        b: 1,
    },
    darkblue: {
        r: 0,
        g: 0,
        b: 0.545098,
    },
    darkcyan: {
        r: 0,
        g: 0.545098,
        b: 0.545098,
    },
    darkgoldenrod: {
        r: 0.721569,
        g: 0.52549,
        b: 0.043137,
    },
    darkgray: {
        r: 0.662745,
        g: 0.662745,
        b: 0.662745,
    },
    darkgreen: {
        r: 0,
        g: 0.392157,
        b: 0,
    },
    darkgrey: {
        r: 0.662745,
        g: 0.662745,
        b: 0.662745,
    },
    darkkhaki: {
        r: 0.741176,
        g: 0.717647,
        b: 0.419608,
    },
    darkmagenta: {
        r: 0.545098,
        g: 0,
        b: 0.545098,
    },
    darkolivegreen: {
        r: 0.333333,
        g: 0.419608,
        b: 0.184314,
    },
    darkorange: {
        r: 1,
        g: 0.54902,
        b: 0,
    },
    darkorchid: {
        r: 0.6,
        g: 0.196078,
        b: 0.8,
    },
    darkred: {
        r: 0.545098,
        g: 0,
        b: 0,
    },
    darksalmon: {
        r: 0.913725,
        g: 0.588235,
        b: 0.478431,
    },
    darkseagreen: {
        r: 0.560784,
        g: 0.737255,
        b: 0.560784,
    },
    darkslateblue: {
        r: 0.282353,
        g: 0.239216,
        b: 0.545098,
    },
    darkslategray: {
        r: 0.184314,
        g: 0.309804,
        b: 0.309804,
    },
    darkslategrey: {
        r: 0.184314,
        g: 0.309804,
        b: 0.309804,
    },
    darkturquoise: {
        r: 0,
        g: 0.807843,
        b: 0.819608,
    },
    darkviolet: {
        r: 0.580392,
        g: 0,
        b: 0.827451,
    },
    deeppink: {
        r: 1,
        g: 0.078431,
        b: 0.576471,
    },
    deepskyblue: {
        r: 0,
        g: 0.74902,
        b: 1,
    },
    dimgray: {
        r: 0.411765,
        g: 0.411765,
        b: 0.411765,
    },
    dimgrey: {
        r: 0.411765,
        g: 0.411765,
        b: 0.411765,
    },
    dodgerblue: {
        r: 0.117647,
        g: 0.564706,
        b: 1,
    },
    firebrick: {
        r: 0.698039,
        g: 0.133333,
        b: 0.133333,
    },
    floralwhite: {
        r: 1,
        g: 0.980392,
        b: 0.941176,
    },
    forestgreen: {
        r: 0.133333,
        g: 0.545098,
        b: 0.133333,
    },
    fuchsia: {
        r: 1,
        g: 0,
        b: 1,
    },
    gainsboro: {
        r: 0.862745,
        g: 0.862745,
        b: 0.862745,
    },
    ghostwhite: {
        r: 0.972549,
        g: 0.972549,
        b: 1,
    },
    gold: {
        r: 1,
        g: 0.843137,
        b: 0,
    },
    goldenrod: {
        r: 0.854902,
        g: 0.647059,
        b: 0.12549,
    },
    gray: {
        r: 0.501961,
        g: 0.501961,
        b: 0.501961,
    },
    green: {
        r: 0,
        g: 0.501961,
        b: 0,
    },
    greenyellow: {
        r: 0.678431,
        g: 1,
        b: 0.184314,
    },
    grey: {
        r: 0.501961,
        g: 0.501961,
        b: 0.501961,
    },
    honeydew: {
        r: 0.941176,
        g: 1,
        b: 0.941176,
    },
    hotpink: {
        r: 1,
        g: 0.411765,
        b: 0.705882,
    },
    indianred: {
        r: 0.803922,
        g: 0.360784,
        b: 0.360784,
    },
    indigo: {
        r: 0.294118,
        g: 0,
        b: 0.509804,
    },
    ivory: {
        r: 1,
        g: 1,
        b: 0.941176,
    },
    khaki: {
        r: 0.941176,
        g: 0.901961,
        b: 0.54902,
    },
    lavender: {
        r: 0.901961,
        g: 0.901961,
        b: 0.980392,
    },
    lavenderblush: {
        r: 1,
        g: 0.941176,
        b: 0.960784,
    },
    lawngreen: {
        r: 0.486275,
        g: 0.988235,
        b: 0,
    },
    lemonchiffon: {
        r: 1,
        g: 0.980392,
        b: 0.803922,
    },
    lightblue: {
        r: 0.678431,
        g: 0.847059,
        b: 0.901961,
    },
    lightcoral: {
        r: 0.941176,
        g: 0.501961,
        b: 0.501961,
    },
    lightcyan: {
        r: 0.878431,
        g: 1,
        b: 1,
    },
    lightgoldenrodyellow: {
        r: 0.980392,
        g: 0.980392,
        b: 0.823529,
    },
    lightgray: {
        r: 0.827451,
        g: 0.827451,
        b: 0.827451,
    },
    lightgreen: {
        r: 0.564706,
        g: 0.933333,
        b: 0.564706,
    },
    lightgrey: {
        r: 0.827451,
        g: 0.827451,
        b: 0.827451,
    },
    lightpink: {
        r: 1,
        g: 0.713725,
        b: 0.756863,
    },
    lightsalmon: {
        r: 1,
        g: 0.627451,
        b: 0.478431,
    },
    lightseagreen: {
        r: 0.12549,
        g: 0.698039,
        b: 0.666667,
    },
    lightskyblue: {
        r: 0.529412,
        g: 0.807843,
        b: 0.980392,
    },
    lightslategray: {
        r: 0.466667,
        g: 0.533333,
        b: 0.6,
    },
    lightslategrey: {
        r: 0.466667,
        g: 0.533333,
        b: 0.6,
    },
    lightsteelblue: {
        r: 0.690196,
        g: 0.768627,
        b: 0.870588,
    },
    lightyellow: {
        r: 1,
        g: 1,
        b: 0.878431,
    },
    lime: {
        r: 0,
        g: 1,
        b: 0,
    },
    limegreen: {
        r: 0.196078,
        g: 0.803922,
        b: 0.196078,
    },
    linen: {
        r: 0.980392,
        g: 0.941176,
        b: 0.901961,
    },
    magenta: {
        r: 1,
        g: 0,
        b: 1,
    },
    maroon: {
        r: 0.501961,
        g: 0,
        b: 0,
    },
    mediumaquamarine: {
        r: 0.4,
        g: 0.803922,
        b: 0.666667,
    },
    mediumblue: {
        r: 0,
        g: 0,
        b: 0.803922,
    },
    mediumorchid: {
        r: 0.729412,
        g: 0.333333,
        b: 0.827451,
    },
    mediumpurple: {
        r: 0.576471,
        g: 0.439216,
        b: 0.858824,
    },
    mediumseagreen: {
        r: 0.235294,
        g: 0.701961,
        b: 0.443137,
    },
    mediumslateblue: {
        r: 0.482353,
        g: 0.407843,
        b: 0.933333,
    },
    mediumspringgreen: {
        r: 0,
        g: 0.980392,
        b: 0.603922,
    },
    mediumturquoise: {
        r: 0.282353,
        g: 0.819608,
        b: 0.8,
    },
    mediumvioletred: {
        r: 0.780392,
        g: 0.082353,
        b: 0.521569,
    },
    midnightblue: {
        r: 0.098039,
        g: 0.098039,
        b: 0.439216,
    },
    mintcream: {
        r: 0.960784,
        g: 1,
        b: 0.980392,
    },
    mistyrose: {
        r: 1,
        g: 0.894118,
        b: 0.882353,
    },
    moccasin: {
        r: 1,
        g: 0.894118,
        b: 0.709804,
    },
    navajowhite: {
        r: 1,
        g: 0.870588,
        b: 0.678431,
    },
    navy: {
        r: 0,
        g: 0,
        b: 0.501961,
    },
    oldlace: {
        r: 0.992157,
        g: 0.960784,
        b: 0.901961,
    },
    olive: {
        r: 0.501961,
        g: 0.501961,
        b: 0,
    },
    olivedrab: {
        r: 0.419608,
        g: 0.556863,
        b: 0.137255,
    },
    orange: {
        r: 1,
        g: 0.647059,
        b: 0,
    },
    orangered: {
        r: 1,
        g: 0.270588,
        b: 0,
    },
    orchid: {
        r: 0.854902,
        g: 0.439216,
        b: 0.839216,
    },
    palegoldenrod: {
        r: 0.933333,
        g: 0.909804,
        b: 0.666667,
    },
    palegreen: {
        r: 0.596078,
        g: 0.984314,
        b: 0.596078,
    },
    paleturquoise: {
        r: 0.686275,
        g: 0.933333,
        b: 0.933333,
    },
    palevioletred: {
        r: 0.858824,
        g: 0.439216,
        b: 0.576471,
    },
    papayawhip: {
        r: 1,
        g: 0.937255,
        b: 0.835294,
    },
    peachpuff: {
        r: 1,
        g: 0.854902,
        b: 0.72549,
    },
    peru: {
        r: 0.803922,
        g: 0.521569,
        b: 0.247059,
    },
    pink: {
        r: 1,
        g: 0.752941,
        b: 0.796078,
    },
    plum: {
        r: 0.866667,
        g: 0.627451,
        b: 0.866667,
    },
    powderblue: {
        r: 0.690196,
        g: 0.878431,
        b: 0.901961,
    },
    purple: {
        r: 0.501961,
        g: 0,
        b: 0.501961,
    },
    red: {
        r: 1,
        g: 0,
        b: 0,
    },
    rosybrown: {
        r: 0.737255,
        g: 0.560784,
        b: 0.560784,
    },
    royalblue: {
        r: 0.254902,
        g: 0.411765,
        b: 0.882353,
    },
    saddlebrown: {
        r: 0.545098,
        g: 0.270588,
        b: 0.07451,
    },
    salmon: {
        r: 0.980392,
        g: 0.501961,
        b: 0.447059,
    },
    sandybrown: {
        r: 0.956863,
        g: 0.643137,
        b: 0.376471,
    },
    seagreen: {
        r: 0.180392,
        g: 0.545098,
        b: 0.341176,
    },
    seashell: {
        r: 1,
        g: 0.960784,
        b: 0.933333,
    },
    sienna: {
        r: 0.627451,
        g: 0.321569,
        b: 0.176471,
    },
    silver: {
        r: 0.752941,
        g: 0.752941,
        b: 0.752941,
    },
    skyblue: {
        r: 0.529412,
        g: 0.807843,
        b: 0.921569,
    },
    slateblue: {
        r: 0.415686,
        g: 0.352941,
        b: 0.803922,
    },
    slategray: {
        r: 0.439216,
        g: 0.501961,
        b: 0.564706,
    },
    slategrey: {
        r: 0.439216,
        g: 0.501961,
        b: 0.564706,
    },
    snow: {
        r: 1,
        g: 0.980392,
        b: 0.980392,
    },
    springgreen: {
        r: 0,
        g: 1,
        b: 0.498039,
    },
    steelblue: {
        r: 0.27451,
        g: 0.509804,
        b: 0.705882,
    },
    tan: {
        r: 0.823529,
        g: 0.705882,
        b: 0.54902,
    },
    teal: {
        r: 0,
        g: 0.501961,
        b: 0.501961,
    },
    thistle: {
        r: 0.847059,
        g: 0.74902,
        b: 0.847059,
    },
    tomato: {
        r: 1,
        g: 0.388235,
        b: 0.278431,
    },
    transparent: {
        r: 0,
        g: 0,
        b: 0,
        a: 0,
    },
    turquoise: {
        r: 0.25098,
        g: 0.878431,
        b: 0.815686,
    },
    violet: {
        r: 0.933333,
        g: 0.509804,
        b: 0.933333,
    },
    wheat: {
        r: 0.960784,
        g: 0.870588,
        b: 0.701961,
    },
    white: {
        r: 1,
        g: 1,
        b: 1,
    },
    whitesmoke: {
        r: 0.960784,
        g: 0.960784,
        b: 0.960784,
    },
    yellow: {
        r: 1,
        g: 1,
        b: 0,
    },
    yellowgreen: {
        r: 0.603922,
        g: 0.803922,
        b: 0.196078,
    },
};

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/parse-color.js



// Matches rgb(R, G, B) where R, G, and B are integers [0 - 255]
const webRGBRegex = /^rgb\(\s*((?:(?:25[0-5]|2[0-4]\d|1\d\d|\d{1,2})\s*,\s*){2}(?:25[0-5]|2[0-4]\d|1\d\d|\d{1,2})\s*)\)$/i;
// Matches rgb(R, G, B, A) where R, G, and B are integers [0 - 255] and A is [0-1] floating
const webRGBARegex = /^rgba\(\s*((?:(?:25[0-5]|2[0-4]\d|1\d\d|\d{1,2})\s*,\s*){3}(?:0|1|0?\.\d*)\s*)\)$/i;
// Matches #RGB and #RRGGBB, where R, G, and B are [0-9] or [A-F]
const hexRGBRegex = /^#((?:[0-9a-f]{6}|[0-9a-f]{3}))$/i;
// Matches #RGB and #RRGGBBAA, where R, G, B, and A are [0-9] or [A-F]
const hexRGBARegex = /^#((?:[0-9a-f]{8}|[0-9a-f]{4}))$/i;
/**
 * Test if a color matches #RRGGBB or #RGB
 * @public
 */
function isColorStringHexRGB(raw) {
    return hexRGBRegex.test(raw);
}
/**
 * Test if a color matches #AARRGGBB or #ARGB
 * @public
 */
function isColorStringHexARGB(raw) {
    return hexRGBARegex.test(raw);
}
/**
 * Test if a color matches #RRGGBBAA or #RGBA
 * @public
 */
function isColorStringHexRGBA(raw) {
    return isColorStringHexARGB(raw); // No way to differentiate these two formats, so just use the same test
}
/**
 * Test if a color matches rgb(rr, gg, bb)
 * @public
 */
function isColorStringWebRGB(raw) {
    return webRGBRegex.test(raw);
}
/**
 * Test if a color matches rgba(rr, gg, bb, aa)
 *
 * @public
 */
function isColorStringWebRGBA(raw) {
    return webRGBARegex.test(raw);
}
/**
 * Tests whether a color is in {@link @microsoft/fast-colors#NamedColors}.
 * @param raw - the color name to test
 * @public
 */
function isColorNamed(raw) {
    return namedColorsConfigs.hasOwnProperty(raw);
}
/**
 * Converts a hexadecimal color string to a {@link @microsoft/fast-colors#ColorRGBA64}.
 * @param raw - a color string in the form of "#RRGGBB" or "#RGB"
 * @example
 * ```ts
 * parseColorHexRGBA("#FF0000");
 * parseColorHexRGBA("#F00");
 * ```
 * @public
 */
function parseColorHexRGB(raw) {
    const result = hexRGBRegex.exec(raw);
    if (result === null) {
        return null;
    }
    let digits = result[1];
    if (digits.length === 3) {
        const r = digits.charAt(0);
        const g = digits.charAt(1);
        const b = digits.charAt(2);
        digits = r.concat(r, g, g, b, b);
    }
    const rawInt = parseInt(digits, 16);
    if (isNaN(rawInt)) {
        return null;
    }
    // Note the use of >>> rather than >> as we want JS to manipulate these as unsigned numbers
    return new color_rgba_64_ColorRGBA64(math_utilities_normalize((rawInt & 0xff0000) >>> 16, 0, 255), math_utilities_normalize((rawInt & 0x00ff00) >>> 8, 0, 255), math_utilities_normalize(rawInt & 0x0000ff, 0, 255), 1);
}
/**
 * Converts a hexadecimal color string to a {@link @microsoft/fast-colors#ColorRGBA64}.
 * @param raw - a color string in the form of "#AARRGGBB" or "#ARGB"
 * @example
 * ```ts
 * parseColorHexRGBA("#AAFF0000");
 * parseColorHexRGBA("#AF00");
 * ```
 * @public
 */
function parseColorHexARGB(raw) {
    const result = hexRGBARegex.exec(raw);
    if (result === null) {
        return null;
    }
    let digits = result[1];
    if (digits.length === 4) {
        const a = digits.charAt(0);
        const r = digits.charAt(1);
        const g = digits.charAt(2);
        const b = digits.charAt(3);
        digits = a.concat(a, r, r, g, g, b, b);
    }
    const rawInt = parseInt(digits, 16);
    if (isNaN(rawInt)) {
        return null;
    }
    // Note the use of >>> rather than >> as we want JS to manipulate these as unsigned numbers
    return new color_rgba_64_ColorRGBA64(math_utilities_normalize((rawInt & 0x00ff0000) >>> 16, 0, 255), math_utilities_normalize((rawInt & 0x0000ff00) >>> 8, 0, 255), math_utilities_normalize(rawInt & 0x000000ff, 0, 255), math_utilities_normalize((rawInt & 0xff000000) >>> 24, 0, 255));
}
/**
 * Converts a hexadecimal color string to a {@link @microsoft/fast-colors#ColorRGBA64}.
 * @param raw - a color string in the form of "#RRGGBBAA" or "#RGBA"
 * @example
 * ```ts
 * parseColorHexRGBA("#FF0000AA");
 * parseColorHexRGBA("#F00A");
 * ```
 * @public
 */
function parseColorHexRGBA(raw) {
    const result = hexRGBARegex.exec(raw);
    if (result === null) {
        return null;
    }
    let digits = result[1];
    if (digits.length === 4) {
        const r = digits.charAt(0);
        const g = digits.charAt(1);
        const b = digits.charAt(2);
        const a = digits.charAt(3);
        digits = r.concat(r, g, g, b, b, a, a);
    }
    const rawInt = parseInt(digits, 16);
    if (isNaN(rawInt)) {
        return null;
    }
    // Note the use of >>> rather than >> as we want JS to manipulate these as unsigned numbers
    return new ColorRGBA64(normalize((rawInt & 0xff000000) >>> 24, 0, 255), normalize((rawInt & 0x00ff0000) >>> 16, 0, 255), normalize((rawInt & 0x0000ff00) >>> 8, 0, 255), normalize(rawInt & 0x000000ff, 0, 255));
}
/**
 * Converts a rgb color string to a {@link @microsoft/fast-colors#ColorRGBA64}.
 * @param raw - a color string format "rgba(RR,GG,BB)" where RR,GG,BB are [0,255]
 * @example
 * ```ts
 * parseColorWebRGB("rgba(255, 0, 0");
 * ```
 * @public
 */
function parseColorWebRGB(raw) {
    const result = webRGBRegex.exec(raw);
    if (result === null) {
        return null;
    }
    const split = result[1].split(",");
    return new color_rgba_64_ColorRGBA64(math_utilities_normalize(Number(split[0]), 0, 255), math_utilities_normalize(Number(split[1]), 0, 255), math_utilities_normalize(Number(split[2]), 0, 255), 1);
}
/**
 * Converts a rgba color string to a {@link @microsoft/fast-colors#ColorRGBA64}.
 * @param raw - a color string format "rgba(RR,GG,BB,a)" where RR,GG,BB are [0,255] and a is [0,1]
 * @example
 * ```ts
 * parseColorWebRGBA("rgba(255, 0, 0, 1");
 * ```
 * @public
 */
function parseColorWebRGBA(raw) {
    const result = webRGBARegex.exec(raw);
    if (result === null) {
        return null;
    }
    const split = result[1].split(",");
    if (split.length === 4) {
        return new color_rgba_64_ColorRGBA64(math_utilities_normalize(Number(split[0]), 0, 255), math_utilities_normalize(Number(split[1]), 0, 255), math_utilities_normalize(Number(split[2]), 0, 255), Number(split[3]));
    }
    return null;
}
/**
 * Converts a named color to a {@link @microsoft/fast-colors#ColorRGBA64}.
 * @param raw - a {@link https://www.w3schools.com/colors/colors_names.asp | CSS color name}.
 * @example
 * ```ts
 * parseColorNamed("red");
 * ```
 * @public
 */
function parseColorNamed(raw) {
    // const rawLower: typeof raw =  raw.toLowerCase() : raw.toString();
    const config = namedColorsConfigs[raw.toLowerCase()];
    return config
        ? new color_rgba_64_ColorRGBA64(config.r, config.g, config.b, config.hasOwnProperty("a") ? config.a : void 0)
        : null;
}
/**
 *
  Expects any of the following and attempts to determine which is being used
 * #RRGGBB, #AARRGGBB, rgb(RR,GG,BB) rgba(RR,GG,BB,a),
 * or any of the {@link https://www.w3schools.com/colors/colors_names.asp | CSS color names}.
 * @param raw - the color string to parse
 * @public
 */
function parseColor(raw) {
    const rawLower = raw.toLowerCase();
    return isColorStringHexRGB(rawLower)
        ? parseColorHexRGB(rawLower)
        : isColorStringHexRGBA(rawLower)
            ? parseColorHexARGB(rawLower)
            : isColorStringWebRGB(rawLower)
                ? parseColorWebRGB(rawLower)
                : isColorStringWebRGBA(rawLower)
                    ? parseColorWebRGBA(rawLower)
                    : isColorNamed(rawLower)
                        ? parseColorNamed(rawLower)
                        : null;
}

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/color-hsl.js

/**
 * This uses Hue values in "degree" format. So expect a range of [0,360]. Some other implementations instead uses radians or a normalized Hue with range [0,1]. Be aware of this when checking values or using other libraries.
 *
 * @public
 */
class color_hsl_ColorHSL {
    constructor(hue, sat, lum) {
        this.h = hue;
        this.s = sat;
        this.l = lum;
    }
    /**
     * Construct a {@link ColorHSL} from a config object.
     */
    static fromObject(data) {
        if (data && !isNaN(data.h) && !isNaN(data.s) && !isNaN(data.l)) {
            return new color_hsl_ColorHSL(data.h, data.s, data.l);
        }
        return null;
    }
    /**
     * Determines if a color is equal to another
     * @param rhs - the value to compare
     */
    equalValue(rhs) {
        return this.h === rhs.h && this.s === rhs.s && this.l === rhs.l;
    }
    /**
     * Returns a new {@link ColorHSL} rounded to the provided precision
     * @param precision - the precision to round to
     */
    roundToPrecision(precision) {
        return new color_hsl_ColorHSL(roundToPrecisionSmall(this.h, precision), roundToPrecisionSmall(this.s, precision), roundToPrecisionSmall(this.l, precision));
    }
    /**
     * Returns the {@link ColorHSL} formatted as an object.
     */
    toObject() {
        return { h: this.h, s: this.s, l: this.l };
    }
}

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/color-hsv.js

/**
 * This uses Hue values in "degree" format. So expect a range of [0,360]. Some other implementations instead uses radians or a normalized Hue with range [0,1]. Be aware of this when checking values or using other libraries.
 *
 * @public
 */
class ColorHSV {
    constructor(hue, sat, val) {
        this.h = hue;
        this.s = sat;
        this.v = val;
    }
    /**
     * Construct a {@link ColorHSV} from a config object.
     */
    static fromObject(data) {
        if (data && !isNaN(data.h) && !isNaN(data.s) && !isNaN(data.v)) {
            return new ColorHSV(data.h, data.s, data.v);
        }
        return null;
    }
    /**
     * Determines if a color is equal to another
     * @param rhs - the value to compare
     */
    equalValue(rhs) {
        return this.h === rhs.h && this.s === rhs.s && this.v === rhs.v;
    }
    /**
     * Returns a new {@link ColorHSV} rounded to the provided precision
     * @param precision - the precision to round to
     */
    roundToPrecision(precision) {
        return new ColorHSV(roundToPrecisionSmall(this.h, precision), roundToPrecisionSmall(this.s, precision), roundToPrecisionSmall(this.v, precision));
    }
    /**
     * Returns the {@link ColorHSV} formatted as an object.
     */
    toObject() {
        return { h: this.h, s: this.s, v: this.v };
    }
}

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/color-lab.js

/**
 * {@link https://en.wikipedia.org/wiki/CIELAB_color_space | CIELAB color space}
 * This implementation uses the D65 constants for 2 degrees. That determines the constants used for the pure white point of the XYZ space of 0.95047, 1.0, 1.08883.
 * {@link https://en.wikipedia.org/wiki/Illuminant_D65}
 * These constants determine how the XYZ, LCH and LAB colors convert to/from RGB.
 *
 * @public
 */
class color_lab_ColorLAB {
    constructor(l, a, b) {
        this.l = l;
        this.a = a;
        this.b = b;
    }
    /**
     * Construct a {@link ColorLAB} from a config object.
     */
    static fromObject(data) {
        if (data && !isNaN(data.l) && !isNaN(data.a) && !isNaN(data.b)) {
            return new color_lab_ColorLAB(data.l, data.a, data.b);
        }
        return null;
    }
    /**
     * Determines if a color is equal to another
     * @param rhs - the value to compare
     */
    equalValue(rhs) {
        return this.l === rhs.l && this.a === rhs.a && this.b === rhs.b;
    }
    /**
     * Returns a new {@link ColorLAB} rounded to the provided precision
     * @param precision - the precision to round to
     */
    roundToPrecision(precision) {
        return new color_lab_ColorLAB(roundToPrecisionSmall(this.l, precision), roundToPrecisionSmall(this.a, precision), roundToPrecisionSmall(this.b, precision));
    }
    /**
     * Returns the {@link ColorLAB} formatted as an object.
     */
    toObject() {
        return { l: this.l, a: this.a, b: this.b };
    }
}
color_lab_ColorLAB.epsilon = 216 / 24389;
color_lab_ColorLAB.kappa = 24389 / 27;

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/color-lch.js

/**
 *
 * {@link https://en.wikipedia.org/wiki/CIELAB_color_space | CIELCH color space}
 *
 * This is a cylindrical representation of the CIELAB space useful for saturation operations
 * This uses Hue values in "degree" format. So expect a range of [0,360]. Some other implementations instead uses radians or a normalized Hue with range [0,1]. Be aware of this when checking values or using other libraries.
 * This implementation uses the D65 constants for 2 degrees. That determines the constants used for the pure white point of the XYZ space of 0.95047, 1.0, 1.08883.
 * {@link https://en.wikipedia.org/wiki/Illuminant_D65}
 * These constants determine how the XYZ, LCH and LAB colors convert to/from RGB.
 *
 * @public
 */
class ColorLCH {
    constructor(l, c, h) {
        this.l = l;
        this.c = c;
        this.h = h;
    }
    /**
     * Construct a {@link ColorLCH} from a config object.
     * @param data - the config object
     */
    static fromObject(data) {
        if (data && !isNaN(data.l) && !isNaN(data.c) && !isNaN(data.h)) {
            return new ColorLCH(data.l, data.c, data.h);
        }
        return null;
    }
    /**
     * Determines if one color is equal to another.
     * @param rhs - the color to compare
     */
    equalValue(rhs) {
        return this.l === rhs.l && this.c === rhs.c && this.h === rhs.h;
    }
    /**
     * Returns a new {@link ColorLCH} rounded to the provided precision
     * @param precision - the precision to round to
     */
    roundToPrecision(precision) {
        return new ColorLCH(roundToPrecisionSmall(this.l, precision), roundToPrecisionSmall(this.c, precision), roundToPrecisionSmall(this.h, precision));
    }
    /**
     * Converts the {@link ColorLCH} to a config object.
     */
    toObject() {
        return { l: this.l, c: this.c, h: this.h };
    }
}

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/color-xyz.js

/**
 * {@link https://en.wikipedia.org/wiki/CIE_1931_color_space | XYZ color space}
 *
 * This implementation uses the D65 constants for 2 degrees. That determines the constants used for the pure white point of the XYZ space of 0.95047, 1.0, 1.08883.
 * {@link https://en.wikipedia.org/wiki/Illuminant_D65}
 * These constants determine how the XYZ, LCH and LAB colors convert to/from RGB.
 *
 * @public
 */
class ColorXYZ {
    constructor(x, y, z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }
    /**
     * Construct a {@link ColorXYZ} from a config object.
     */
    static fromObject(data) {
        if (data && !isNaN(data.x) && !isNaN(data.y) && !isNaN(data.z)) {
            return new ColorXYZ(data.x, data.y, data.z);
        }
        return null;
    }
    /**
     * Determines if a color is equal to another
     * @param rhs - the value to compare
     */
    equalValue(rhs) {
        return this.x === rhs.x && this.y === rhs.y && this.z === rhs.z;
    }
    /**
     * Returns a new {@link ColorXYZ} rounded to the provided precision
     * @param precision - the precision to round to
     */
    roundToPrecision(precision) {
        return new ColorXYZ(roundToPrecisionSmall(this.x, precision), roundToPrecisionSmall(this.y, precision), roundToPrecisionSmall(this.z, precision));
    }
    /**
     * Returns the {@link ColorXYZ} formatted as an object.
     */
    toObject() {
        return { x: this.x, y: this.y, z: this.z };
    }
}
/**
 * D65 2 degree white point
 */
ColorXYZ.whitePoint = new ColorXYZ(0.95047, 1.0, 1.08883);

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/color-converters.js







// All hue values are in degrees rather than radians or normalized
// All conversions use the D65 2 degree white point for XYZ
// Info on conversions and constants used can be found in the following:
// https://en.wikipedia.org/wiki/CIELAB_color_space
// https://en.wikipedia.org/wiki/Illuminant_D65
// https://ninedegreesbelow.com/photography/xyz-rgb.html
// http://user.engineering.uiowa.edu/~aip/Misc/ColorFAQ.html
// https://web.stanford.edu/~sujason/ColorBalancing/adaptation.html
// http://brucelindbloom.com/index.html
/**
 * Get the luminance of a color in the linear RGB space.
 * This is not the same as the relative luminance in the sRGB space for WCAG contrast calculations. Use rgbToRelativeLuminance instead.
 * @param rgb - The input color
 *
 * @public
 */
function rgbToLinearLuminance(rgb) {
    return rgb.r * 0.2126 + rgb.g * 0.7152 + rgb.b * 0.0722;
}
/**
 * Get the relative luminance of a color.
 * Adjusts the color to sRGB space, which is necessary for the WCAG contrast spec.
 * The alpha channel of the input is ignored.
 * @param rgb - The input color
 *
 * @public
 */
function rgbToRelativeLuminance(rgb) {
    function luminanceHelper(i) {
        if (i <= 0.03928) {
            return i / 12.92;
        }
        return Math.pow((i + 0.055) / 1.055, 2.4);
    }
    return rgbToLinearLuminance(new color_rgba_64_ColorRGBA64(luminanceHelper(rgb.r), luminanceHelper(rgb.g), luminanceHelper(rgb.b), 1));
}
const calculateContrastRatio = (a, b) => (a + 0.05) / (b + 0.05);
/**
 * Calculate the contrast ratio between two colors. Uses the formula described by {@link https://www.w3.org/TR/WCAG20-TECHS/G17.html | WCAG 2.0}.
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function contrastRatio(a, b) {
    const luminanceA = rgbToRelativeLuminance(a);
    const luminanceB = rgbToRelativeLuminance(b);
    return luminanceA > luminanceB
        ? calculateContrastRatio(luminanceA, luminanceB)
        : calculateContrastRatio(luminanceB, luminanceA);
}
function calcChannelOverlay(match, background, overlay) {
    if (overlay - background === 0) {
        return 0;
    }
    else {
        return (match - background) / (overlay - background);
    }
}
function calcRgbOverlay(rgbMatch, rgbBackground, rgbOverlay) {
    const rChannel = calcChannelOverlay(rgbMatch.r, rgbBackground.r, rgbOverlay.r);
    const gChannel = calcChannelOverlay(rgbMatch.g, rgbBackground.g, rgbOverlay.g);
    const bChannel = calcChannelOverlay(rgbMatch.b, rgbBackground.b, rgbOverlay.b);
    return (rChannel + gChannel + bChannel) / 3;
}
/**
 * Calculate an overlay color that uses rgba (rgb + alpha) that matches the appearance of a given solid color when placed on the same background
 * @param rgbMatch - The solid color the overlay should match in appearance when placed over the rgbBackground
 * @param rgbBackground - The background on which the overlay rests
 * @param rgbOverlay - The rgb color of the overlay. Typically this is either pure white or pure black and when not provided will be determined automatically. This color will be used in the returned output
 * @returns The rgba (rgb + alpha) color of the overlay
 *
 * @public
 */
function calculateOverlayColor(rgbMatch, rgbBackground, rgbOverlay = null) {
    let alpha = 0;
    let overlay = rgbOverlay;
    if (overlay !== null) {
        alpha = calcRgbOverlay(rgbMatch, rgbBackground, overlay);
    }
    else {
        overlay = new ColorRGBA64(0, 0, 0, 1);
        alpha = calcRgbOverlay(rgbMatch, rgbBackground, overlay);
        if (alpha <= 0) {
            overlay = new ColorRGBA64(1, 1, 1, 1);
            alpha = calcRgbOverlay(rgbMatch, rgbBackground, overlay);
        }
    }
    alpha = Math.round(alpha * 1000) / 1000;
    return new ColorRGBA64(overlay.r, overlay.g, overlay.b, alpha);
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorRGBA64} to a {@link @microsoft/fast-colors#ColorHSL}
 * @param rgb - the rgb color to convert
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function color_converters_rgbToHSL(rgb) {
    const max = Math.max(rgb.r, rgb.g, rgb.b);
    const min = Math.min(rgb.r, rgb.g, rgb.b);
    const delta = max - min;
    let hue = 0;
    if (delta !== 0) {
        if (max === rgb.r) {
            hue = 60 * (((rgb.g - rgb.b) / delta) % 6);
        }
        else if (max === rgb.g) {
            hue = 60 * ((rgb.b - rgb.r) / delta + 2);
        }
        else {
            hue = 60 * ((rgb.r - rgb.g) / delta + 4);
        }
    }
    if (hue < 0) {
        hue += 360;
    }
    const lum = (max + min) / 2;
    let sat = 0;
    if (delta !== 0) {
        sat = delta / (1 - Math.abs(2 * lum - 1));
    }
    return new color_hsl_ColorHSL(hue, sat, lum);
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorHSL} to a {@link @microsoft/fast-colors#ColorRGBA64}
 * @param hsl - the hsl color to convert
 * @param alpha - the alpha value
 *
 * @public
 */
function color_converters_hslToRGB(hsl, alpha = 1) {
    const c = (1 - Math.abs(2 * hsl.l - 1)) * hsl.s;
    const x = c * (1 - Math.abs(((hsl.h / 60) % 2) - 1));
    const m = hsl.l - c / 2;
    let r = 0;
    let g = 0;
    let b = 0;
    if (hsl.h < 60) {
        r = c;
        g = x;
        b = 0;
    }
    else if (hsl.h < 120) {
        r = x;
        g = c;
        b = 0;
    }
    else if (hsl.h < 180) {
        r = 0;
        g = c;
        b = x;
    }
    else if (hsl.h < 240) {
        r = 0;
        g = x;
        b = c;
    }
    else if (hsl.h < 300) {
        r = x;
        g = 0;
        b = c;
    }
    else if (hsl.h < 360) {
        r = c;
        g = 0;
        b = x;
    }
    return new color_rgba_64_ColorRGBA64(r + m, g + m, b + m, alpha);
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorRGBA64} to a {@link @microsoft/fast-colors#ColorHSV}
 * @param rgb - the rgb color to convert
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function rgbToHSV(rgb) {
    const max = Math.max(rgb.r, rgb.g, rgb.b);
    const min = Math.min(rgb.r, rgb.g, rgb.b);
    const delta = max - min;
    let hue = 0;
    if (delta !== 0) {
        if (max === rgb.r) {
            hue = 60 * (((rgb.g - rgb.b) / delta) % 6);
        }
        else if (max === rgb.g) {
            hue = 60 * ((rgb.b - rgb.r) / delta + 2);
        }
        else {
            hue = 60 * ((rgb.r - rgb.g) / delta + 4);
        }
    }
    if (hue < 0) {
        hue += 360;
    }
    let sat = 0;
    if (max !== 0) {
        sat = delta / max;
    }
    return new ColorHSV(hue, sat, max);
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorHSV} to a {@link @microsoft/fast-colors#ColorRGBA64}
 * @param hsv - the hsv color to convert
 * @param alpha - the alpha value
 *
 * @public
 */
function hsvToRGB(hsv, alpha = 1) {
    const c = hsv.s * hsv.v;
    const x = c * (1 - Math.abs(((hsv.h / 60) % 2) - 1));
    const m = hsv.v - c;
    let r = 0;
    let g = 0;
    let b = 0;
    if (hsv.h < 60) {
        r = c;
        g = x;
        b = 0;
    }
    else if (hsv.h < 120) {
        r = x;
        g = c;
        b = 0;
    }
    else if (hsv.h < 180) {
        r = 0;
        g = c;
        b = x;
    }
    else if (hsv.h < 240) {
        r = 0;
        g = x;
        b = c;
    }
    else if (hsv.h < 300) {
        r = x;
        g = 0;
        b = c;
    }
    else if (hsv.h < 360) {
        r = c;
        g = 0;
        b = x;
    }
    return new color_rgba_64_ColorRGBA64(r + m, g + m, b + m, alpha);
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorLCH} to a {@link @microsoft/fast-colors#ColorLAB}
 * @param lch - the lch color to convert
 *
 * @public
 */
function lchToLAB(lch) {
    let a = 0;
    let b = 0;
    if (lch.h !== 0) {
        a = Math.cos(degreesToRadians(lch.h)) * lch.c;
        b = Math.sin(degreesToRadians(lch.h)) * lch.c;
    }
    return new color_lab_ColorLAB(lch.l, a, b);
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorLAB} to a {@link @microsoft/fast-colors#ColorLCH}
 * @param lab - the lab color to convert
 *
 * @remarks
 * The discontinuity in the C parameter at 0 means that floating point errors will often result in values near 0 giving unpredictable results.
 * EG: 0.0000001 gives a very different result than -0.0000001
 * In cases where both a and b are very near zero this function will return an LCH color with an H of 0
 * More info about the atan2 function: {@link https://en.wikipedia.org/wiki/Atan2}
 * @public
 */
function labToLCH(lab) {
    let h = 0;
    // Because of the discontinuity at 0 if a number is very close to 0 - often due to floating point errors - then
    // it gives unexpected results. EG: 0.000000000001 gives a different result than 0. So just avoid any number
    // that has both a and b very close to zero and lump it in with the h = 0 case.
    if (Math.abs(lab.b) > 0.001 || Math.abs(lab.a) > 0.001) {
        h = radiansToDegrees(Math.atan2(lab.b, lab.a));
    }
    if (h < 0) {
        h += 360;
    }
    const c = Math.sqrt(lab.a * lab.a + lab.b * lab.b);
    return new ColorLCH(lab.l, c, h);
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorLAB} to a {@link @microsoft/fast-colors#ColorXYZ}
 * @param lab - the lab color to convert
 *
 * @public
 */
function labToXYZ(lab) {
    const fy = (lab.l + 16) / 116;
    const fx = fy + lab.a / 500;
    const fz = fy - lab.b / 200;
    const xcubed = Math.pow(fx, 3);
    const ycubed = Math.pow(fy, 3);
    const zcubed = Math.pow(fz, 3);
    let x = 0;
    if (xcubed > color_lab_ColorLAB.epsilon) {
        x = xcubed;
    }
    else {
        x = (116 * fx - 16) / color_lab_ColorLAB.kappa;
    }
    let y = 0;
    if (lab.l > color_lab_ColorLAB.epsilon * color_lab_ColorLAB.kappa) {
        y = ycubed;
    }
    else {
        y = lab.l / color_lab_ColorLAB.kappa;
    }
    let z = 0;
    if (zcubed > color_lab_ColorLAB.epsilon) {
        z = zcubed;
    }
    else {
        z = (116 * fz - 16) / color_lab_ColorLAB.kappa;
    }
    x = ColorXYZ.whitePoint.x * x;
    y = ColorXYZ.whitePoint.y * y;
    z = ColorXYZ.whitePoint.z * z;
    return new ColorXYZ(x, y, z);
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorXYZ} to a {@link @microsoft/fast-colors#ColorLAB}
 * @param xyz - the xyz color to convert
 *
 * @public
 */
function xyzToLAB(xyz) {
    function xyzToLABHelper(i) {
        if (i > color_lab_ColorLAB.epsilon) {
            return Math.pow(i, 1 / 3);
        }
        return (color_lab_ColorLAB.kappa * i + 16) / 116;
    }
    const x = xyzToLABHelper(xyz.x / ColorXYZ.whitePoint.x);
    const y = xyzToLABHelper(xyz.y / ColorXYZ.whitePoint.y);
    const z = xyzToLABHelper(xyz.z / ColorXYZ.whitePoint.z);
    const l = 116 * y - 16;
    const a = 500 * (x - y);
    const b = 200 * (y - z);
    return new color_lab_ColorLAB(l, a, b);
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorRGBA64} to a {@link @microsoft/fast-colors#ColorXYZ}
 * @param rgb - the rgb color to convert
 *
 * @remarks
 * The alpha channel of the input is ignored
 * @public
 */
function rgbToXYZ(rgb) {
    function rgbToXYZHelper(i) {
        if (i <= 0.04045) {
            return i / 12.92;
        }
        return Math.pow((i + 0.055) / 1.055, 2.4);
    }
    const r = rgbToXYZHelper(rgb.r);
    const g = rgbToXYZHelper(rgb.g);
    const b = rgbToXYZHelper(rgb.b);
    const x = r * 0.4124564 + g * 0.3575761 + b * 0.1804375;
    const y = r * 0.2126729 + g * 0.7151522 + b * 0.072175;
    const z = r * 0.0193339 + g * 0.119192 + b * 0.9503041;
    return new ColorXYZ(x, y, z);
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorXYZ} to a {@link @microsoft/fast-colors#ColorRGBA64}
 * @param xyz - the xyz color to convert
 * @param alpha - the alpha value
 *
 * @remarks
 * Note that the xyz color space is significantly larger than sRGB. As such, this can return colors rgb values greater than 1 or less than 0
 * @public
 */
function xyzToRGB(xyz, alpha = 1) {
    function xyzToRGBHelper(i) {
        if (i <= 0.0031308) {
            return i * 12.92;
        }
        return 1.055 * Math.pow(i, 1 / 2.4) - 0.055;
    }
    const r = xyzToRGBHelper(xyz.x * 3.2404542 - xyz.y * 1.5371385 - xyz.z * 0.4985314);
    const g = xyzToRGBHelper(xyz.x * -0.969266 + xyz.y * 1.8760108 + xyz.z * 0.041556);
    const b = xyzToRGBHelper(xyz.x * 0.0556434 - xyz.y * 0.2040259 + xyz.z * 1.0572252);
    return new color_rgba_64_ColorRGBA64(r, g, b, alpha);
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorRGBA64} to a {@link @microsoft/fast-colors#ColorLAB}
 * @param rgb - the rgb color to convert
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function color_converters_rgbToLAB(rgb) {
    return xyzToLAB(rgbToXYZ(rgb));
}
/**
 * Converts a {@link @microsoft/fast-colors#ColorLAB} to a {@link @microsoft/fast-colors#ColorRGBA64}
 * @param lab - the LAB color to convert
 * @param alpha - the alpha value
 *
 * @remarks
 * Note that the xyz color space (which the conversion from LAB uses) is significantly larger than sRGB. As such, this can return colors rgb values greater than 1 or less than 0
 *
 * @public
 */
function color_converters_labToRGB(lab, alpha = 1) {
    return xyzToRGB(labToXYZ(lab), alpha);
}
/**
 * Convert a {@link @microsoft/fast-colors#ColorRGBA64} to a {@link @microsoft/fast-colors#ColorLCH}
 *
 * @param rgb - the rgb color to convert
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function rgbToLCH(rgb) {
    return labToLCH(color_converters_rgbToLAB(rgb));
}
/**
 * Convert a {@link @microsoft/fast-colors#ColorLCH} to a {@link @microsoft/fast-colors#ColorRGBA64}
 * @param lch - the LCH color to convert
 * @param alpha - the alpha value
 *
 * @public
 */
function lchToRGB(lch, alpha = 1) {
    return color_converters_labToRGB(lchToLAB(lch), alpha);
}
/**
 * Converts a color temperature to a {@link @microsoft/fast-colors#ColorRGBA64}
 * @param tempKelvin - the temperature to convert
 * @param alpha - the alpha value
 *
 * @public
 */
function temperatureToRGB(tempKelvin, alpha = 1) {
    // The constants I could find assumed a decimal range of [0,255] for each channel. Just going to put a /255.0 at the end
    let r = 0;
    let g = 0;
    let b = 0;
    if (tempKelvin <= 1000) {
        tempKelvin = 1000;
    }
    else if (tempKelvin >= 40000) {
        tempKelvin = 40000;
    }
    if (tempKelvin < 6600.0) {
        r = 255.0;
        g = tempKelvin / 100.0 - 2.0;
        g =
            -155.25485562709179 -
                0.44596950469579133 * g +
                104.49216199393888 * Math.log(g);
    }
    else {
        r = tempKelvin / 100.0 - 55.0;
        r = 351.97690566805693 + 0.114206453784165 * r - 40.25366309332127 * Math.log(r);
        g = tempKelvin / 100.0 - 50.0;
        g = 325.4494125711974 + 0.07943456536662342 * g - 28.0852963507957 * Math.log(g);
    }
    if (tempKelvin >= 6600.0) {
        b = 255.0;
    }
    else if (tempKelvin < 2000.0) {
        b = 0.0;
    }
    else {
        b = tempKelvin / 100.0 - 10;
        b =
            -254.76935184120902 +
                0.8274096064007395 * b +
                115.67994401066147 * Math.log(b);
    }
    return new ColorRGBA64(r / 255, g / 255, b / 255, alpha);
}
/**
 * Convert a rgb color to a color temperature
 * @param rgb - the color to convert
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function rgbToTemperature(rgb) {
    let t = 0;
    let min = 1000;
    let max = 40000;
    while (max - min > 0.4) {
        t = (max + min) / 2.0;
        const testColor = temperatureToRGB(t);
        if (testColor.b / testColor.r >= rgb.b / rgb.r) {
            max = t;
        }
        else {
            min = t;
        }
    }
    return Math.round(t);
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/utilities/relative-luminance.js
/**
 * @internal
 */
function relative_luminance_contrast(a, b) {
    const L1 = a.relativeLuminance > b.relativeLuminance ? a : b;
    const L2 = a.relativeLuminance > b.relativeLuminance ? b : a;
    return (L1.relativeLuminance + 0.05) / (L2.relativeLuminance + 0.05);
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/swatch.js


/** @public */
const SwatchRGB = Object.freeze({
    create(r, g, b) {
        return new SwatchRGBImpl(r, g, b);
    },
    from(obj) {
        return new SwatchRGBImpl(obj.r, obj.g, obj.b);
    }
});
/**
 * Runtime test for an objects conformance with the SwatchRGB interface.
 * @internal
 */
function isSwatchRGB(value) {
    const test = {
        r: 0,
        g: 0,
        b: 0,
        toColorString: () => '',
        contrast: () => 0,
        relativeLuminance: 0
    };
    for (const key in test) {
        // @ts-expect-error swatch has no index
        if (typeof test[key] !== typeof value[key]) {
            return false;
        }
    }
    return true;
}
/**
 * A RGB implementation of {@link Swatch}
 * @internal
 */
class SwatchRGBImpl extends color_rgba_64_ColorRGBA64 {
    /**
     *
     * @param red - Red channel expressed as a number between 0 and 1
     * @param green - Green channel expressed as a number between 0 and 1
     * @param blue - Blue channel expressed as a number between 0 and 1
     */
    constructor(red, green, blue) {
        super(red, green, blue, 1);
        this.toColorString = this.toStringHexRGB;
        this.contrast = relative_luminance_contrast.bind(null, this);
        this.createCSS = this.toColorString;
        this.relativeLuminance = rgbToRelativeLuminance(this);
    }
    static fromObject(obj) {
        return new SwatchRGBImpl(obj.r, obj.g, obj.b);
    }
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/utilities/base-layer-luminance.js

function baseLayerLuminanceSwatch(luminance) {
    return SwatchRGB.create(luminance, luminance, luminance);
}
/**
 * Recommended values for light and dark mode for {@link @microsoft/fast-components#baseLayerLuminance}.
 *
 * @public
 */
const StandardLuminance = {
    LightMode: 1,
    DarkMode: 0.23
};

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/utilities/is-dark.js
/*
 * A color is in "dark" if there is more contrast between #000000 and a reference
 * color than #FFFFFF and the reference color. That threshold can be expressed as a relative luminance
 * using the contrast formula as (1 + 0.5) / (R + 0.05) === (R + 0.05) / (0 + 0.05),
 * which reduces to the following, where 'R' is the relative luminance of the reference color
 */
const is_dark_target = (-0.1 + Math.sqrt(0.21)) / 2;
/**
 * Determines if a color should be considered Dark Mode
 * @param color - The color to check to mode of
 * @returns boolean
 *
 * @public
 */
function is_dark_isDark(color) {
    return color.relativeLuminance <= is_dark_target;
}

// EXTERNAL MODULE: consume shared module (default) @microsoft/fast-foundation@^2.50.0 (strict) (fallback: /work/wt-safety/node_modules/@microsoft/fast-foundation/dist/esm/index.js)
var index_js_ = __webpack_require__(45534);
// EXTERNAL MODULE: ../../../node_modules/@microsoft/fast-web-utilities/dist/localization.js
var localization = __webpack_require__(52936);
;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/color-blending.js






/**
 * Saturate a color using LCH color space
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function saturateViaLCH(input, saturation, saturationConstant = 18) {
    const lch = rgbToLCH(input);
    let sat = lch.c + saturation * saturationConstant;
    if (sat < 0) {
        sat = 0;
    }
    return lchToRGB(new ColorLCH(lch.l, sat, lch.h));
}
/**
 * De-saturate a color using LCH color space
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function desaturateViaLCH(input, saturation, saturationConstant = 18) {
    return saturateViaLCH(input, -1 * saturation, saturationConstant);
}
/**
 * Darken a color using LAB color space
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function darkenViaLAB(input, amount, darkenConstant = 18) {
    const lab = rgbToLAB(input);
    const darkened = lab.l - amount * darkenConstant;
    return labToRGB(new ColorLAB(darkened, lab.a, lab.b));
}
/**
 * Lighten a color using LAB color space
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function lightenViaLAB(input, amount, darkenConstant = 18) {
    return darkenViaLAB(input, -1 * amount, darkenConstant);
}
/**
 * @public
 */
function blendBurnChannel(bottom, top) {
    if (top === 0.0) {
        // Despite the discontinuity, other sources seem to use 0.0 here instead of 1
        return 0.0;
    }
    return 1.0 - (1.0 - bottom) / top;
}
/**
 * Blends two colors with the burn mode
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function blendBurn(bottom, top) {
    return new ColorRGBA64(blendBurnChannel(bottom.r, top.r), blendBurnChannel(bottom.g, top.g), blendBurnChannel(bottom.b, top.b), 1);
}
/**
 * Blends two colors
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function blendColor(bottom, top) {
    const bottomHSL = rgbToHSL(bottom);
    const topHSL = rgbToHSL(top);
    if (topHSL.s === 0) {
        return new ColorRGBA64(bottomHSL.l, bottomHSL.l, bottomHSL.l, 1);
    }
    return hslToRGB(new ColorHSL(topHSL.h, topHSL.s, bottomHSL.l));
}
/**
 * @public
 */
function blendDarkenChannel(bottom, top) {
    return Math.min(bottom, top);
}
/**
 * Blends two colors with the darken mode
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function blendDarken(bottom, top) {
    return new ColorRGBA64(blendDarkenChannel(bottom.r, top.r), blendDarkenChannel(bottom.g, top.g), blendDarkenChannel(bottom.b, top.b), 1);
}
/**
 * @public
 */
function blendDodgeChannel(bottom, top) {
    if (top >= 1.0) {
        return 1.0;
    }
    const retVal = bottom / (1.0 - top);
    if (retVal >= 1.0) {
        return 1.0;
    }
    return retVal;
}
/**
 * Blends two colors with the dodge mode
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function blendDodge(bottom, top) {
    return new ColorRGBA64(blendDodgeChannel(bottom.r, top.r), blendDodgeChannel(bottom.g, top.g), blendDodgeChannel(bottom.b, top.b), 1);
}
/**
 * @public
 */
function blendLightenChannel(bottom, top) {
    return Math.max(bottom, top);
}
/**
 * Blends two colors with the lighten mode
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function blendLighten(bottom, top) {
    return new ColorRGBA64(blendLightenChannel(bottom.r, top.r), blendLightenChannel(bottom.g, top.g), blendLightenChannel(bottom.b, top.b), 1);
}
/**
 * @public
 */
function blendMultiplyChannel(bottom, top) {
    return bottom * top;
}
/**
 * Blends two colors with the multiply mode
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function blendMultiply(bottom, top) {
    return new color_rgba_64_ColorRGBA64(blendMultiplyChannel(bottom.r, top.r), blendMultiplyChannel(bottom.g, top.g), blendMultiplyChannel(bottom.b, top.b), 1);
}
/**
 * @public
 */
function blendOverlayChannel(bottom, top) {
    if (bottom < 0.5) {
        return clamp(2.0 * top * bottom, 0, 1);
    }
    return clamp(1.0 - 2.0 * (1.0 - top) * (1.0 - bottom), 0, 1);
}
/**
 * Blends two colors with the overlay mode
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function blendOverlay(bottom, top) {
    return new color_rgba_64_ColorRGBA64(blendOverlayChannel(bottom.r, top.r), blendOverlayChannel(bottom.g, top.g), blendOverlayChannel(bottom.b, top.b), 1);
}
/**
 * @public
 */
function blendScreenChannel(bottom, top) {
    return 1.0 - (1.0 - top) * (1.0 - bottom);
}
/**
 * Blends two colors with the screen mode
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function blendScreen(bottom, top) {
    return new ColorRGBA64(blendScreenChannel(bottom.r, top.r), blendScreenChannel(bottom.g, top.g), blendScreenChannel(bottom.b, top.b), 1);
}
/**
 * Color blend modes.
 * @public
 */
var color_blending_ColorBlendMode;
(function (ColorBlendMode) {
    ColorBlendMode[ColorBlendMode["Burn"] = 0] = "Burn";
    ColorBlendMode[ColorBlendMode["Color"] = 1] = "Color";
    ColorBlendMode[ColorBlendMode["Darken"] = 2] = "Darken";
    ColorBlendMode[ColorBlendMode["Dodge"] = 3] = "Dodge";
    ColorBlendMode[ColorBlendMode["Lighten"] = 4] = "Lighten";
    ColorBlendMode[ColorBlendMode["Multiply"] = 5] = "Multiply";
    ColorBlendMode[ColorBlendMode["Overlay"] = 6] = "Overlay";
    ColorBlendMode[ColorBlendMode["Screen"] = 7] = "Screen";
})(color_blending_ColorBlendMode || (color_blending_ColorBlendMode = {}));
/**
 * Blend two colors.
 *
 * @remarks
 * The alpha channel of the input is ignored
 *
 * @public
 */
function blend(mode, bottom, top) {
    switch (mode) {
        case color_blending_ColorBlendMode.Burn:
            return blendBurn(bottom, top);
        case color_blending_ColorBlendMode.Color:
            return blendColor(bottom, top);
        case color_blending_ColorBlendMode.Darken:
            return blendDarken(bottom, top);
        case color_blending_ColorBlendMode.Dodge:
            return blendDodge(bottom, top);
        case color_blending_ColorBlendMode.Lighten:
            return blendLighten(bottom, top);
        case color_blending_ColorBlendMode.Multiply:
            return blendMultiply(bottom, top);
        case color_blending_ColorBlendMode.Overlay:
            return blendOverlay(bottom, top);
        case color_blending_ColorBlendMode.Screen:
            return blendScreen(bottom, top);
        default:
            throw new Error("Unknown blend mode");
    }
}
/**
 * Alpha channel of bottom is ignored
 * The returned color always has an alpha channel of 1
 * Different programs (eg: paint.net, photoshop) will give different answers than this occasionally but within +/- 1/255 in each channel. Just depends on the details of how they round off decimals
 *
 * @public
 */
function computeAlphaBlend(bottom, top) {
    if (top.a >= 1) {
        return top;
    }
    else if (top.a <= 0) {
        return new ColorRGBA64(bottom.r, bottom.g, bottom.b, 1);
    }
    const r = top.a * top.r + (1 - top.a) * bottom.r;
    const g = top.a * top.g + (1 - top.a) * bottom.g;
    const b = top.a * top.b + (1 - top.a) * bottom.b;
    return new ColorRGBA64(r, g, b, 1);
}

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/color-interpolation.js








/**
 * Interpolate by RGB color space
 *
 * @public
 */
function interpolateRGB(position, left, right) {
    if (isNaN(position) || position <= 0) {
        return left;
    }
    else if (position >= 1) {
        return right;
    }
    return new color_rgba_64_ColorRGBA64(lerp(position, left.r, right.r), lerp(position, left.g, right.g), lerp(position, left.b, right.b), lerp(position, left.a, right.a));
}
/**
 * Interpolate by HSL color space
 *
 * @public
 */
function interpolateHSL(position, left, right) {
    if (isNaN(position) || position <= 0) {
        return left;
    }
    else if (position >= 1) {
        return right;
    }
    return new color_hsl_ColorHSL(lerpAnglesInDegrees(position, left.h, right.h), lerp(position, left.s, right.s), lerp(position, left.l, right.l));
}
/**
 * Interpolate by HSV color space
 *
 * @public
 */
function interpolateHSV(position, left, right) {
    if (isNaN(position) || position <= 0) {
        return left;
    }
    else if (position >= 1) {
        return right;
    }
    return new ColorHSV(lerpAnglesInDegrees(position, left.h, right.h), lerp(position, left.s, right.s), lerp(position, left.v, right.v));
}
/**
 * Interpolate by XYZ color space
 *
 * @public
 */
function interpolateXYZ(position, left, right) {
    if (isNaN(position) || position <= 0) {
        return left;
    }
    else if (position >= 1) {
        return right;
    }
    return new ColorXYZ(lerp(position, left.x, right.x), lerp(position, left.y, right.y), lerp(position, left.z, right.z));
}
/**
 * Interpolate by LAB color space
 *
 * @public
 */
function interpolateLAB(position, left, right) {
    if (isNaN(position) || position <= 0) {
        return left;
    }
    else if (position >= 1) {
        return right;
    }
    return new color_lab_ColorLAB(lerp(position, left.l, right.l), lerp(position, left.a, right.a), lerp(position, left.b, right.b));
}
/**
 * Interpolate by LCH color space
 *
 * @public
 */
function interpolateLCH(position, left, right) {
    if (isNaN(position) || position <= 0) {
        return left;
    }
    else if (position >= 1) {
        return right;
    }
    return new ColorLCH(lerp(position, left.l, right.l), lerp(position, left.c, right.c), lerpAnglesInDegrees(position, left.h, right.h));
}
/**
 * Color interpolation spaces
 *
 * @public
 */
var color_interpolation_ColorInterpolationSpace;
(function (ColorInterpolationSpace) {
    ColorInterpolationSpace[ColorInterpolationSpace["RGB"] = 0] = "RGB";
    ColorInterpolationSpace[ColorInterpolationSpace["HSL"] = 1] = "HSL";
    ColorInterpolationSpace[ColorInterpolationSpace["HSV"] = 2] = "HSV";
    ColorInterpolationSpace[ColorInterpolationSpace["XYZ"] = 3] = "XYZ";
    ColorInterpolationSpace[ColorInterpolationSpace["LAB"] = 4] = "LAB";
    ColorInterpolationSpace[ColorInterpolationSpace["LCH"] = 5] = "LCH";
})(color_interpolation_ColorInterpolationSpace || (color_interpolation_ColorInterpolationSpace = {}));
/**
 * Interpolate by color space
 *
 * @public
 */
function interpolateByColorSpace(position, space, left, right) {
    if (isNaN(position) || position <= 0) {
        return left;
    }
    else if (position >= 1) {
        return right;
    }
    switch (space) {
        case color_interpolation_ColorInterpolationSpace.HSL:
            return color_converters_hslToRGB(interpolateHSL(position, color_converters_rgbToHSL(left), color_converters_rgbToHSL(right)));
        case color_interpolation_ColorInterpolationSpace.HSV:
            return hsvToRGB(interpolateHSV(position, rgbToHSV(left), rgbToHSV(right)));
        case color_interpolation_ColorInterpolationSpace.XYZ:
            return xyzToRGB(interpolateXYZ(position, rgbToXYZ(left), rgbToXYZ(right)));
        case color_interpolation_ColorInterpolationSpace.LAB:
            return color_converters_labToRGB(interpolateLAB(position, color_converters_rgbToLAB(left), color_converters_rgbToLAB(right)));
        case color_interpolation_ColorInterpolationSpace.LCH:
            return lchToRGB(interpolateLCH(position, rgbToLCH(left), rgbToLCH(right)));
        default:
            return interpolateRGB(position, left, right);
    }
}

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/color-scale.js


/**
 * A color scale created from linear stops
 * @public
 */
class color_scale_ColorScale {
    constructor(stops) {
        if (stops == null || stops.length === 0) {
            throw new Error("The stops argument must be non-empty");
        }
        else {
            this.stops = this.sortColorScaleStops(stops);
        }
    }
    static createBalancedColorScale(colors) {
        if (colors == null || colors.length === 0) {
            throw new Error("The colors argument must be non-empty");
        }
        const stops = new Array(colors.length);
        for (let i = 0; i < colors.length; i++) {
            // Special case first and last in order to avoid floating point jaggies
            if (i === 0) {
                stops[i] = { color: colors[i], position: 0 };
            }
            else if (i === colors.length - 1) {
                stops[i] = { color: colors[i], position: 1 };
            }
            else {
                stops[i] = {
                    color: colors[i],
                    position: i * (1 / (colors.length - 1)),
                };
            }
        }
        return new color_scale_ColorScale(stops);
    }
    getColor(position, interpolationMode = color_interpolation_ColorInterpolationSpace.RGB) {
        if (this.stops.length === 1) {
            return this.stops[0].color;
        }
        else if (position <= 0) {
            return this.stops[0].color;
        }
        else if (position >= 1) {
            return this.stops[this.stops.length - 1].color;
        }
        let lowerIndex = 0;
        for (let i = 0; i < this.stops.length; i++) {
            if (this.stops[i].position <= position) {
                lowerIndex = i;
            }
        }
        let upperIndex = lowerIndex + 1;
        if (upperIndex >= this.stops.length) {
            upperIndex = this.stops.length - 1;
        }
        const scalePosition = (position - this.stops[lowerIndex].position) *
            (1.0 / (this.stops[upperIndex].position - this.stops[lowerIndex].position));
        return interpolateByColorSpace(scalePosition, interpolationMode, this.stops[lowerIndex].color, this.stops[upperIndex].color);
    }
    trim(lowerBound, upperBound, interpolationMode = color_interpolation_ColorInterpolationSpace.RGB) {
        if (lowerBound < 0 || upperBound > 1 || upperBound < lowerBound) {
            throw new Error("Invalid bounds");
        }
        if (lowerBound === upperBound) {
            return new color_scale_ColorScale([
                { color: this.getColor(lowerBound, interpolationMode), position: 0 },
            ]);
        }
        const containedStops = [];
        for (let i = 0; i < this.stops.length; i++) {
            if (this.stops[i].position >= lowerBound &&
                this.stops[i].position <= upperBound) {
                containedStops.push(this.stops[i]);
            }
        }
        if (containedStops.length === 0) {
            return new color_scale_ColorScale([
                { color: this.getColor(lowerBound), position: lowerBound },
                { color: this.getColor(upperBound), position: upperBound },
            ]);
        }
        if (containedStops[0].position !== lowerBound) {
            containedStops.unshift({
                color: this.getColor(lowerBound),
                position: lowerBound,
            });
        }
        if (containedStops[containedStops.length - 1].position !== upperBound) {
            containedStops.push({
                color: this.getColor(upperBound),
                position: upperBound,
            });
        }
        const range = upperBound - lowerBound;
        const finalStops = new Array(containedStops.length);
        for (let i = 0; i < containedStops.length; i++) {
            finalStops[i] = {
                color: containedStops[i].color,
                position: (containedStops[i].position - lowerBound) / range,
            };
        }
        return new color_scale_ColorScale(finalStops);
    }
    findNextColor(position, contrast, searchDown = false, interpolationMode = color_interpolation_ColorInterpolationSpace.RGB, contrastErrorMargin = 0.005, maxSearchIterations = 32) {
        if (isNaN(position) || position <= 0) {
            position = 0;
        }
        else if (position >= 1) {
            position = 1;
        }
        const startingColor = this.getColor(position, interpolationMode);
        const finalPosition = searchDown ? 0 : 1;
        const finalColor = this.getColor(finalPosition, interpolationMode);
        const finalContrast = contrastRatio(startingColor, finalColor);
        if (finalContrast <= contrast) {
            return finalPosition;
        }
        let testRangeMin = searchDown ? 0 : position;
        let testRangeMax = searchDown ? position : 0;
        let mid = finalPosition;
        let iterations = 0;
        while (iterations <= maxSearchIterations) {
            mid = Math.abs(testRangeMax - testRangeMin) / 2 + testRangeMin;
            const midColor = this.getColor(mid, interpolationMode);
            const midContrast = contrastRatio(startingColor, midColor);
            if (Math.abs(midContrast - contrast) <= contrastErrorMargin) {
                return mid;
            }
            else if (midContrast > contrast) {
                if (searchDown) {
                    testRangeMin = mid;
                }
                else {
                    testRangeMax = mid;
                }
            }
            else {
                if (searchDown) {
                    testRangeMax = mid;
                }
                else {
                    testRangeMin = mid;
                }
            }
            iterations++;
        }
        return mid;
    }
    clone() {
        const newStops = new Array(this.stops.length);
        for (let i = 0; i < newStops.length; i++) {
            newStops[i] = {
                color: this.stops[i].color,
                position: this.stops[i].position,
            };
        }
        return new color_scale_ColorScale(newStops);
    }
    sortColorScaleStops(stops) {
        return stops.sort((a, b) => {
            const A = a.position;
            const B = b.position;
            if (A < B) {
                return -1;
            }
            else if (A > B) {
                return 1;
            }
            else {
                return 0;
            }
        });
    }
}

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/color-palette.js






/**
 * Generates a color palette
 * @public
 */
class ColorPalette {
    constructor(config) {
        this.config = Object.assign({}, ColorPalette.defaultPaletteConfig, config);
        this.palette = [];
        this.updatePaletteColors();
    }
    updatePaletteGenerationValues(newConfig) {
        let changed = false;
        for (const key in newConfig) {
            if (this.config[key]) {
                if (this.config[key].equalValue) {
                    if (!this.config[key].equalValue(newConfig[key])) {
                        this.config[key] = newConfig[key];
                        changed = true;
                    }
                }
                else {
                    if (newConfig[key] !== this.config[key]) {
                        this.config[key] = newConfig[key];
                        changed = true;
                    }
                }
            }
        }
        if (changed) {
            this.updatePaletteColors();
        }
        return changed;
    }
    updatePaletteColors() {
        const scale = this.generatePaletteColorScale();
        for (let i = 0; i < this.config.steps; i++) {
            this.palette[i] = scale.getColor(i / (this.config.steps - 1), this.config.interpolationMode);
        }
    }
    generatePaletteColorScale() {
        // Even when config.baseScalePosition is specified, using 0.5 for the baseColor
        // in the baseScale gives better results. Otherwise very off-center palettes
        // tend to go completely grey at the end furthest from the specified base color.
        const baseColorHSL = color_converters_rgbToHSL(this.config.baseColor);
        const baseScale = new color_scale_ColorScale([
            { position: 0, color: this.config.scaleColorLight },
            { position: 0.5, color: this.config.baseColor },
            { position: 1, color: this.config.scaleColorDark },
        ]);
        const trimmedScale = baseScale.trim(this.config.clipLight, 1 - this.config.clipDark);
        const trimmedLight = trimmedScale.getColor(0);
        const trimmedDark = trimmedScale.getColor(1);
        let adjustedLight = trimmedLight;
        let adjustedDark = trimmedDark;
        if (baseColorHSL.s >= this.config.saturationAdjustmentCutoff) {
            adjustedLight = saturateViaLCH(adjustedLight, this.config.saturationLight);
            adjustedDark = saturateViaLCH(adjustedDark, this.config.saturationDark);
        }
        if (this.config.multiplyLight !== 0) {
            const multiply = blendMultiply(this.config.baseColor, adjustedLight);
            adjustedLight = interpolateByColorSpace(this.config.multiplyLight, this.config.interpolationMode, adjustedLight, multiply);
        }
        if (this.config.multiplyDark !== 0) {
            const multiply = blendMultiply(this.config.baseColor, adjustedDark);
            adjustedDark = interpolateByColorSpace(this.config.multiplyDark, this.config.interpolationMode, adjustedDark, multiply);
        }
        if (this.config.overlayLight !== 0) {
            const overlay = blendOverlay(this.config.baseColor, adjustedLight);
            adjustedLight = interpolateByColorSpace(this.config.overlayLight, this.config.interpolationMode, adjustedLight, overlay);
        }
        if (this.config.overlayDark !== 0) {
            const overlay = blendOverlay(this.config.baseColor, adjustedDark);
            adjustedDark = interpolateByColorSpace(this.config.overlayDark, this.config.interpolationMode, adjustedDark, overlay);
        }
        if (this.config.baseScalePosition) {
            if (this.config.baseScalePosition <= 0) {
                return new color_scale_ColorScale([
                    { position: 0, color: this.config.baseColor },
                    { position: 1, color: adjustedDark.clamp() },
                ]);
            }
            else if (this.config.baseScalePosition >= 1) {
                return new color_scale_ColorScale([
                    { position: 0, color: adjustedLight.clamp() },
                    { position: 1, color: this.config.baseColor },
                ]);
            }
            return new color_scale_ColorScale([
                { position: 0, color: adjustedLight.clamp() },
                {
                    position: this.config.baseScalePosition,
                    color: this.config.baseColor,
                },
                { position: 1, color: adjustedDark.clamp() },
            ]);
        }
        return new color_scale_ColorScale([
            { position: 0, color: adjustedLight.clamp() },
            { position: 0.5, color: this.config.baseColor },
            { position: 1, color: adjustedDark.clamp() },
        ]);
    }
}
ColorPalette.defaultPaletteConfig = {
    baseColor: parseColorHexRGB("#808080"),
    steps: 11,
    interpolationMode: color_interpolation_ColorInterpolationSpace.RGB,
    scaleColorLight: new color_rgba_64_ColorRGBA64(1, 1, 1, 1),
    scaleColorDark: new color_rgba_64_ColorRGBA64(0, 0, 0, 1),
    clipLight: 0.185,
    clipDark: 0.16,
    saturationAdjustmentCutoff: 0.05,
    saturationLight: 0.35,
    saturationDark: 1.25,
    overlayLight: 0,
    overlayDark: 0.25,
    multiplyLight: 0,
    multiplyDark: 0,
    baseScalePosition: 0.5,
};
ColorPalette.greyscalePaletteConfig = {
    baseColor: parseColorHexRGB("#808080"),
    steps: 11,
    interpolationMode: color_interpolation_ColorInterpolationSpace.RGB,
    scaleColorLight: new color_rgba_64_ColorRGBA64(1, 1, 1, 1),
    scaleColorDark: new color_rgba_64_ColorRGBA64(0, 0, 0, 1),
    clipLight: 0,
    clipDark: 0,
    saturationAdjustmentCutoff: 0,
    saturationLight: 0,
    saturationDark: 0,
    overlayLight: 0,
    overlayDark: 0,
    multiplyLight: 0,
    multiplyDark: 0,
    baseScalePosition: 0.5,
};
/**
 * Takes the input color and compares it to each color in the reference array to find the index with the closest Lightness value in HSL color space
 * @public
 */
function matchLightnessIndex(input, reference) {
    const hsl = rgbToHSL(input);
    let bestFitValue = Number.MAX_VALUE;
    let bestFitIndex = 0;
    for (let i = 0; i < reference.length; i++) {
        const ihsl = rgbToHSL(reference[i]);
        const fitValue = Math.abs(ihsl.l - hsl.l);
        if (fitValue < bestFitValue) {
            bestFitValue = fitValue;
            bestFitIndex = i;
        }
    }
    return bestFitIndex;
}
/**
 * Generates a greyscale palette using greyscaleConfig. The Lightness (in HSL) of the input color is then compared to the greyscale palette to determine how far off center the input color should be placed. The output palette is then generated with outputSteps number of steps using colorConfig.
 * @public
 */
function generateOffCenterPalette(input, outputSteps, greyscaleConfig = ColorPalette.greyscalePaletteConfig, colorConfig = ColorPalette.defaultPaletteConfig) {
    const greyscale = new ColorPalette(Object.assign(Object.assign({}, greyscaleConfig), { steps: outputSteps }));
    const scaleIndex = matchLightnessIndex(input, greyscale.palette);
    return new ColorPalette(Object.assign(Object.assign({}, colorConfig), { steps: outputSteps, baseColor: input, baseScalePosition: scaleIndex / (outputSteps - 1) }));
}
/**
 * Take the input array of colors and extrapolates them to a larger palette of size targetSize. If preserveInputColors is false the input colors are evenly distributed into the output. Otherwise, the positions of the input colors are adjusted from a perfectly even distribution in order to ensure that the exact color values appearing in the input array also appear in the output array. The larger targetSize is compared to input.length the smaller those adjustments will be.
 *
 * @public
 */
function rescale(input, targetSize, preserveInputColors) {
    if (input.length <= 1 || targetSize <= 1) {
        throw new Error("The input array and targetSize must both be greater than 1");
    }
    if (preserveInputColors && targetSize <= input.length) {
        throw new Error("If preserveInputColors is true then targetSize must be greater than the length of the input array");
    }
    const stops = new Array(input.length);
    if (preserveInputColors) {
        for (let i = 0; i < input.length; i++) {
            const p = i / (input.length - 1);
            let bestFitValue = 2;
            let bestFitIndex = 0;
            for (let j = 0; j < targetSize; j++) {
                const fitValue = Math.abs(j / (targetSize - 1) - p);
                if (fitValue < bestFitValue) {
                    bestFitValue = fitValue;
                    bestFitIndex = j;
                }
                if (fitValue === 0) {
                    break;
                }
            }
            stops[i] = {
                color: input[i],
                position: bestFitIndex / (targetSize - 1),
            };
        }
    }
    else {
        for (let i = 0; i < stops.length; i++) {
            stops[i] = { color: input[i], position: i / (input.length - 1) };
        }
    }
    const scale = new ColorScale(stops);
    const retVal = new Array(targetSize);
    for (let i = 0; i < targetSize; i++) {
        retVal[i] = scale.getColor(i / (targetSize - 1));
    }
    return retVal;
}
/**
 * @public
 */
const defaultCenteredRescaleConfig = {
    targetSize: 63,
    spacing: 4,
    scaleColorLight: ColorPalette.defaultPaletteConfig.scaleColorLight,
    scaleColorDark: ColorPalette.defaultPaletteConfig.scaleColorDark,
};
/**
 * Takes an input array of colors and extrapolates them to a larger palette. The mapping first takes the input array and extrapolates between each color so that they are separated by spacing-1 slots. Then it adds to either end enough new colors to make up the desired targetSize. All output color slots between the defined stops are interpolated.
 * @example
 * For an input array with length 5, a targetSize of 17 and spacing of 3 the output would be:
 *  0: scaleColorLight
 *  1:
 *  2: input 0
 *  3:
 *  4:
 *  5: input 1
 *  6:
 *  7:
 *  8: input 2
 *  9:
 * 10:
 * 11: input 3
 * 12:
 * 13:
 * 14: input 4
 * 15:
 * 16: scaleColorDark
 *
 * @public
 */
function centeredRescale(input, config = defaultCenteredRescaleConfig) {
    if (input.length === 0) {
        return [];
    }
    const offset = Math.floor((config.targetSize - ((input.length - 1) * config.spacing + 1)) / 2);
    if (offset < 0) {
        throw new Error("(targetSize - ((input.length - 1) * spacing + 1)) / 2 must be >= 0");
    }
    const stops = new Array(input.length + 2);
    stops[0] = { position: 0, color: config.scaleColorLight };
    stops[stops.length - 1] = {
        position: 1,
        color: config.scaleColorDark,
    };
    for (let i = 0; i < input.length; i++) {
        stops[i + 1] = {
            color: input[i],
            position: (i * config.spacing + offset) / (config.targetSize - 1),
        };
    }
    const scale = new ColorScale(stops);
    const retVal = new Array(config.targetSize);
    for (let i = 0; i < config.targetSize; i++) {
        retVal[i] = scale.getColor(i / (config.targetSize - 1));
    }
    return retVal;
}
/**
 * Generates two palettes of length shortPaletteLength and longPaletteLength from a base color. The base color is compared to the default greyscale palette to determine where it should be placed. The short palette is then fed into centeredRescale to create the long palette. The colors in the short palette are always contained within the long.
 * @public
 */
function generateScaledPalettes(input, shortPaletteLength = 11, config = defaultCenteredRescaleConfig) {
    const shortPalette = generateOffCenterPalette(input, shortPaletteLength);
    const longPalette = centeredRescale(shortPalette.palette, config);
    return { short: shortPalette.palette, long: longPalette };
}

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-colors/dist/component-state-color-palette.js







/**
 * Creates a color palette for UI components
 * @public
 */
class ComponentStateColorPalette {
    constructor(config) {
        this.palette = [];
        this.config = Object.assign({}, ComponentStateColorPalette.defaultPaletteConfig, config);
        this.regenPalettes();
    }
    regenPalettes() {
        let steps = this.config.steps;
        if (isNaN(steps) || steps < 3) {
            steps = 3;
        }
        // This palette is tuned to go as dark as differences between the levels can be perceived according to tests
        // on numerous monitors in different conditions. Stay linear from white until this first cutoff.
        const darkLum = 0.14;
        // In the dark compression, this is the last luminance value before full black.
        const darkestLum = 0.06;
        // The Color for the luminance value above, placed on the ramp at it's normal position, so darker colors after
        // it can be compressed.
        const darkLumColor = new color_rgba_64_ColorRGBA64(darkLum, darkLum, darkLum, 1);
        // The number of steps in the ramp that has been tuned for default use. This coincides with the size of the
        // default ramp, but the palette could be generated with fewer steps to increase final contrast. This number
        // should however stay the same.
        const stepsForLuminanceRamp = 94;
        // Create the reference, dark-compressed, grey palette, like:
        // F------------------------------------------------------------------------------------[dark]------[darkest]0
        //                                                                                      |--compressed area--|
        const r = new ColorPalette(Object.assign(Object.assign({}, ColorPalette.greyscalePaletteConfig), { baseColor: darkLumColor, baseScalePosition: ((1 - darkLum) * 100) / stepsForLuminanceRamp, steps }));
        const referencePalette = r.palette;
        // Find the requested base color on the adjusted luminance reference ramp.
        // There is no _right_ way to desaturate a color, and both methods we've tested have value, so average them out.
        const baseColorLum1 = rgbToLinearLuminance(this.config.baseColor);
        const baseColorLum2 = color_converters_rgbToHSL(this.config.baseColor).l;
        const baseColorLum = (baseColorLum1 + baseColorLum2) / 2;
        const baseColorRefIndex = this.matchRelativeLuminanceIndex(baseColorLum, referencePalette);
        const baseColorPercent = baseColorRefIndex / (steps - 1);
        // Find the luminance location for the dark cutoff.
        const darkRefIndex = this.matchRelativeLuminanceIndex(darkLum, referencePalette);
        const darkPercent = darkRefIndex / (steps - 1);
        // Issue https://github.com/microsoft/fast/issues/1904
        // Creating a color from H, S, and a known L value is not the inverse of getting the relative
        // luminace as above. Need to derive a relative luminance version of the color to better match on the dark end.
        // Find the dark cutoff and darkest variations of the requested base color.
        const baseColorHSL = color_converters_rgbToHSL(this.config.baseColor);
        const darkBaseColor = color_converters_hslToRGB(color_hsl_ColorHSL.fromObject({
            h: baseColorHSL.h,
            s: baseColorHSL.s,
            l: darkLum,
        }));
        const darkestBaseColor = color_converters_hslToRGB(color_hsl_ColorHSL.fromObject({
            h: baseColorHSL.h,
            s: baseColorHSL.s,
            l: darkestLum,
        }));
        // Create the gradient stops, including the base color and anchor colors for the dark end compression.
        const fullColorScaleStops = new Array(5);
        fullColorScaleStops[0] = {
            position: 0,
            color: new color_rgba_64_ColorRGBA64(1, 1, 1, 1),
        };
        fullColorScaleStops[1] = {
            position: baseColorPercent,
            color: this.config.baseColor,
        };
        fullColorScaleStops[2] = {
            position: darkPercent,
            color: darkBaseColor,
        };
        fullColorScaleStops[3] = {
            position: 0.99,
            color: darkestBaseColor,
        };
        fullColorScaleStops[4] = {
            position: 1,
            color: new color_rgba_64_ColorRGBA64(0, 0, 0, 1),
        };
        const scale = new color_scale_ColorScale(fullColorScaleStops);
        // Create the palette.
        this.palette = new Array(steps);
        for (let i = 0; i < steps; i++) {
            const c = scale.getColor(i / (steps - 1), color_interpolation_ColorInterpolationSpace.RGB);
            this.palette[i] = c;
        }
    }
    matchRelativeLuminanceIndex(input, reference) {
        let bestFitValue = Number.MAX_VALUE;
        let bestFitIndex = 0;
        let i = 0;
        const referenceLength = reference.length;
        for (; i < referenceLength; i++) {
            const fitValue = Math.abs(rgbToLinearLuminance(reference[i]) - input);
            if (fitValue < bestFitValue) {
                bestFitValue = fitValue;
                bestFitIndex = i;
            }
        }
        return bestFitIndex;
    }
}
ComponentStateColorPalette.defaultPaletteConfig = {
    baseColor: parseColorHexRGB("#808080"),
    steps: 94,
};

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/utilities/binary-search.js
/**
 * @internal
 */
function binarySearch(valuesToSearch, searchCondition, startIndex = 0, endIndex = valuesToSearch.length - 1) {
    if (endIndex === startIndex) {
        return valuesToSearch[startIndex];
    }
    const middleIndex = Math.floor((endIndex - startIndex) / 2) + startIndex;
    // Check to see if this passes on the item in the center of the array
    // if it does check the previous values
    return searchCondition(valuesToSearch[middleIndex])
        ? binarySearch(valuesToSearch, searchCondition, startIndex, middleIndex // include this index because it passed the search condition
        )
        : binarySearch(valuesToSearch, searchCondition, middleIndex + 1, // exclude this index because it failed the search condition
        endIndex);
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/utilities/direction-by-is-dark.js

/**
 * @internal
 */
function directionByIsDark(color) {
    return is_dark_isDark(color) ? -1 : 1;
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/palette.js





function create(rOrSource, g, b) {
    if (typeof rOrSource === 'number') {
        /* eslint-disable-next-line @typescript-eslint/no-non-null-assertion */
        return PaletteRGB.from(SwatchRGB.create(rOrSource, g, b));
    }
    else {
        return PaletteRGB.from(rOrSource);
    }
}
function from(source) {
    return isSwatchRGB(source)
        ? PaletteRGBImpl.from(source)
        : PaletteRGBImpl.from(SwatchRGB.create(source.r, source.g, source.b));
}
/** @public */
const PaletteRGB = Object.freeze({
    create,
    from
});
/**
 * A {@link Palette} representing RGB swatch values.
 * @public
 */
class PaletteRGBImpl {
    /**
     *
     * @param source - The source color for the palette
     * @param swatches - All swatches in the palette
     */
    constructor(source, swatches) {
        this.closestIndexCache = new Map();
        this.source = source;
        this.swatches = swatches;
        this.reversedSwatches = Object.freeze([...this.swatches].reverse());
        this.lastIndex = this.swatches.length - 1;
    }
    /**
     * {@inheritdoc Palette.colorContrast}
     */
    colorContrast(reference, contrastTarget, initialSearchIndex, direction) {
        if (initialSearchIndex === undefined) {
            initialSearchIndex = this.closestIndexOf(reference);
        }
        let source = this.swatches;
        const endSearchIndex = this.lastIndex;
        let startSearchIndex = initialSearchIndex;
        if (direction === undefined) {
            direction = directionByIsDark(reference);
        }
        const condition = (value) => relative_luminance_contrast(reference, value) >= contrastTarget;
        if (direction === -1) {
            source = this.reversedSwatches;
            startSearchIndex = endSearchIndex - startSearchIndex;
        }
        return binarySearch(source, condition, startSearchIndex, endSearchIndex);
    }
    /**
     * {@inheritdoc Palette.get}
     */
    get(index) {
        return (this.swatches[index] || this.swatches[clamp(index, 0, this.lastIndex)]);
    }
    /**
     * {@inheritdoc Palette.closestIndexOf}
     */
    closestIndexOf(reference) {
        if (this.closestIndexCache.has(reference.relativeLuminance)) {
            /* eslint-disable-next-line @typescript-eslint/no-non-null-assertion */
            return this.closestIndexCache.get(reference.relativeLuminance);
        }
        let index = this.swatches.indexOf(reference);
        if (index !== -1) {
            this.closestIndexCache.set(reference.relativeLuminance, index);
            return index;
        }
        const closest = this.swatches.reduce((previous, next) => Math.abs(next.relativeLuminance - reference.relativeLuminance) <
            Math.abs(previous.relativeLuminance - reference.relativeLuminance)
            ? next
            : previous);
        index = this.swatches.indexOf(closest);
        this.closestIndexCache.set(reference.relativeLuminance, index);
        return index;
    }
    /**
     * Create a color palette from a provided swatch
     * @param source - The source swatch to create a palette from
     * @returns
     */
    static from(source) {
        return new PaletteRGBImpl(source, Object.freeze(new ComponentStateColorPalette({
            /* eslint-disable-next-line @typescript-eslint/no-non-null-assertion */
            baseColor: color_rgba_64_ColorRGBA64.fromObject(source)
        }).palette.map(x => {
            /* eslint-disable-next-line @typescript-eslint/no-non-null-assertion */
            const _x = parseColorHexRGB(x.toStringHexRGB());
            return SwatchRGB.create(_x.r, _x.g, _x.b);
        })));
    }
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/accent-fill.js
/**
 * @internal
 */
function accentFill(palette, neutralPalette, reference, hoverDelta, activeDelta, focusDelta, neutralFillRestDelta, neutralFillHoverDelta, neutralFillActiveDelta) {
    const accent = palette.source;
    const referenceIndex = neutralPalette.closestIndexOf(reference);
    const swapThreshold = Math.max(neutralFillRestDelta, neutralFillHoverDelta, neutralFillActiveDelta);
    const direction = referenceIndex >= swapThreshold ? -1 : 1;
    const accentIndex = palette.closestIndexOf(accent);
    const hoverIndex = accentIndex;
    const restIndex = hoverIndex + direction * -1 * hoverDelta;
    const activeIndex = restIndex + direction * activeDelta;
    const focusIndex = restIndex + direction * focusDelta;
    return {
        rest: palette.get(restIndex),
        hover: palette.get(hoverIndex),
        active: palette.get(activeIndex),
        focus: palette.get(focusIndex)
    };
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/accent-foreground.js

/**
 * @internal
 */
function accentForeground(palette, reference, contrastTarget, restDelta, hoverDelta, activeDelta, focusDelta) {
    const accent = palette.source;
    const accentIndex = palette.closestIndexOf(accent);
    const direction = directionByIsDark(reference);
    const startIndex = accentIndex +
        (direction === 1
            ? Math.min(restDelta, hoverDelta)
            : Math.max(direction * restDelta, direction * hoverDelta));
    const accessibleSwatch = palette.colorContrast(reference, contrastTarget, startIndex, direction);
    const accessibleIndex1 = palette.closestIndexOf(accessibleSwatch);
    const accessibleIndex2 = accessibleIndex1 + direction * Math.abs(restDelta - hoverDelta);
    const indexOneIsRestState = direction === 1
        ? restDelta < hoverDelta
        : direction * restDelta > direction * hoverDelta;
    let restIndex;
    let hoverIndex;
    if (indexOneIsRestState) {
        restIndex = accessibleIndex1;
        hoverIndex = accessibleIndex2;
    }
    else {
        restIndex = accessibleIndex2;
        hoverIndex = accessibleIndex1;
    }
    return {
        rest: palette.get(restIndex),
        hover: palette.get(hoverIndex),
        active: palette.get(restIndex + direction * activeDelta),
        focus: palette.get(restIndex + direction * focusDelta)
    };
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/utilities/color-constants.js


/**
 * @internal
 */
const white = SwatchRGB.create(1, 1, 1);
/**
 * @internal
 */
const black = SwatchRGB.create(0, 0, 0);
/**
 * @internal
 */
/* eslint-disable-next-line @typescript-eslint/no-non-null-assertion */
const middleGrey = SwatchRGB.from(parseColorHexRGB('#808080'));
/**
 * @internal
 */
/* eslint-disable-next-line @typescript-eslint/no-non-null-assertion */
const accentBase = SwatchRGB.from(parseColorHexRGB('#DA1A5F'));
/**
 * @internal
 */
/* eslint-disable-next-line @typescript-eslint/no-non-null-assertion */
const errorBase = SwatchRGB.from(parseColorHexRGB('#D32F2F'));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/foreground-on-accent.js

/**
 * @internal
 */
function foregroundOnAccent(reference, contrastTarget) {
    return reference.contrast(white) >= contrastTarget ? white : black;
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-fill.js
/**
 *
 * @param palette - The palette to operate on
 * @param reference - The reference color to calculate a color for
 * @param delta - The offset from the reference's location
 * @param threshold - Determines if a lighter or darker color than the reference will be picked.
 * @returns
 *
 * @internal
 */
function neutralFill(palette, reference, restDelta, hoverDelta, activeDelta, focusDelta) {
    const referenceIndex = palette.closestIndexOf(reference);
    const threshold = Math.max(restDelta, hoverDelta, activeDelta, focusDelta);
    const direction = referenceIndex >= threshold ? -1 : 1;
    return {
        rest: palette.get(referenceIndex + direction * restDelta),
        hover: palette.get(referenceIndex + direction * hoverDelta),
        active: palette.get(referenceIndex + direction * activeDelta),
        focus: palette.get(referenceIndex + direction * focusDelta)
    };
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-fill-input.js

/**
 * @internal
 */
function neutralFillInput(palette, reference, restDelta, hoverDelta, activeDelta, focusDelta) {
    const direction = directionByIsDark(reference);
    const referenceIndex = palette.closestIndexOf(reference);
    return {
        rest: palette.get(referenceIndex - direction * restDelta),
        hover: palette.get(referenceIndex - direction * hoverDelta),
        active: palette.get(referenceIndex - direction * activeDelta),
        focus: palette.get(referenceIndex - direction * focusDelta)
    };
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-fill-layer.js
/**
 * @internal
 */
function neutralFillLayer(palette, reference, delta) {
    const referenceIndex = palette.closestIndexOf(reference);
    return palette.get(referenceIndex - (referenceIndex < delta ? delta * -1 : delta));
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-fill-stealth.js
/**
 * @internal
 */
function neutralFillStealth(palette, reference, restDelta, hoverDelta, activeDelta, focusDelta, fillRestDelta, fillHoverDelta, fillActiveDelta, fillFocusDelta) {
    const swapThreshold = Math.max(restDelta, hoverDelta, activeDelta, focusDelta, fillRestDelta, fillHoverDelta, fillActiveDelta, fillFocusDelta);
    const referenceIndex = palette.closestIndexOf(reference);
    const direction = referenceIndex >= swapThreshold ? -1 : 1;
    return {
        rest: palette.get(referenceIndex + direction * restDelta),
        hover: palette.get(referenceIndex + direction * hoverDelta),
        active: palette.get(referenceIndex + direction * activeDelta),
        focus: palette.get(referenceIndex + direction * focusDelta)
    };
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-fill-contrast.js

/**
 * @internal
 */
function neutralFillContrast(palette, reference, restDelta, hoverDelta, activeDelta, focusDelta) {
    const direction = directionByIsDark(reference);
    const accessibleIndex = palette.closestIndexOf(palette.colorContrast(reference, 4.5));
    const accessibleIndex2 = accessibleIndex + direction * Math.abs(restDelta - hoverDelta);
    const indexOneIsRest = direction === 1
        ? restDelta < hoverDelta
        : direction * restDelta > direction * hoverDelta;
    let restIndex;
    let hoverIndex;
    if (indexOneIsRest) {
        restIndex = accessibleIndex;
        hoverIndex = accessibleIndex2;
    }
    else {
        restIndex = accessibleIndex2;
        hoverIndex = accessibleIndex;
    }
    return {
        rest: palette.get(restIndex),
        hover: palette.get(hoverIndex),
        active: palette.get(restIndex + direction * activeDelta),
        focus: palette.get(restIndex + direction * focusDelta)
    };
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/focus-stroke.js

/** @internal */
function focusStrokeOuter(palette, reference) {
    return palette.colorContrast(reference, 3.5);
}
/** @internal */
function focusStrokeInner(palette, reference, focusColor) {
    return palette.colorContrast(focusColor, 3.5, palette.closestIndexOf(palette.source), (directionByIsDark(reference) * -1));
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-foreground.js
/**
 * @internal
 */
function neutralForeground(palette, reference) {
    return palette.colorContrast(reference, 14);
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-foreground-hint.js
/**
 * The neutralForegroundHint color recipe
 * @param palette - The palette to operate on
 * @param reference - The reference color
 *
 * @internal
 */
function neutralForegroundHint(palette, reference) {
    return palette.colorContrast(reference, 4.5);
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-layer-card-container.js

/**
 * @internal
 */
function neutralLayerCardContainer(palette, relativeLuminance, layerDelta) {
    return palette.get(palette.closestIndexOf(baseLayerLuminanceSwatch(relativeLuminance)) +
        layerDelta);
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-layer-floating.js

/**
 * @internal
 */
function neutralLayerFloating(palette, relativeLuminance, layerDelta) {
    const cardIndex = palette.closestIndexOf(baseLayerLuminanceSwatch(relativeLuminance)) -
        layerDelta;
    return palette.get(cardIndex - layerDelta);
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-layer-1.js

function neutralLayer1(palette, baseLayerLuminance) {
    return palette.get(palette.closestIndexOf(baseLayerLuminanceSwatch(baseLayerLuminance)));
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-layer-2.js

/**
 * @internal
 */
function neutralLayer2Index(palette, luminance, layerDelta, fillRestDelta, fillHoverDelta, fillActiveDelta) {
    return Math.max(palette.closestIndexOf(baseLayerLuminanceSwatch(luminance)) + layerDelta, fillRestDelta, fillHoverDelta, fillActiveDelta);
}
/**
 * @internal
 */
function neutralLayer2(palette, luminance, layerDelta, fillRestDelta, fillHoverDelta, fillActiveDelta) {
    return palette.get(neutralLayer2Index(palette, luminance, layerDelta, fillRestDelta, fillHoverDelta, fillActiveDelta));
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-layer-3.js

/**
 * @internal
 */
function neutralLayer3(palette, luminance, layerDelta, fillRestDelta, fillHoverDelta, fillActiveDelta) {
    return palette.get(neutralLayer2Index(palette, luminance, layerDelta, fillRestDelta, fillHoverDelta, fillActiveDelta) + layerDelta);
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-layer-4.js

/**
 * @internal
 */
function neutralLayer4(palette, luminance, layerDelta, fillRestDelta, fillHoverDelta, fillActiveDelta) {
    return palette.get(neutralLayer2Index(palette, luminance, layerDelta, fillRestDelta, fillHoverDelta, fillActiveDelta) +
        layerDelta * 2);
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-stroke.js

/**
 * @internal
 */
function neutralStroke(palette, reference, restDelta, hoverDelta, activeDelta, focusDelta) {
    const referenceIndex = palette.closestIndexOf(reference);
    const direction = directionByIsDark(reference);
    const restIndex = referenceIndex + direction * restDelta;
    const hoverIndex = restIndex + direction * (hoverDelta - restDelta);
    const activeIndex = restIndex + direction * (activeDelta - restDelta);
    const focusIndex = restIndex + direction * (focusDelta - restDelta);
    return {
        rest: palette.get(restIndex),
        hover: palette.get(hoverIndex),
        active: palette.get(activeIndex),
        focus: palette.get(focusIndex)
    };
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/neutral-stroke-divider.js

/**
 * The neutralStrokeDivider color recipe
 * @param palette - The palette to operate on
 * @param reference - The reference color
 * @param delta - The offset from the reference
 *
 * @internal
 */
function neutralStrokeDivider(palette, reference, delta) {
    return palette.get(palette.closestIndexOf(reference) + directionByIsDark(reference) * delta);
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/error-fill.js

function errorFillAlgorithm(palette, neutralPalette, reference, hoverDelta, activeDelta, focusDelta, neutralFillRestDelta, neutralFillHoverDelta, neutralFillActiveDelta) {
    const error = palette.source;
    const referenceIndex = neutralPalette.closestIndexOf(reference);
    const swapThreshold = Math.max(neutralFillRestDelta, neutralFillHoverDelta, neutralFillActiveDelta);
    const direction = referenceIndex >= swapThreshold ? -1 : 1;
    const errorIndex = palette.closestIndexOf(error);
    const hoverIndex = errorIndex;
    const restIndex = hoverIndex + direction * -1 * hoverDelta;
    const activeIndex = restIndex + direction * activeDelta;
    const focusIndex = restIndex + direction * focusDelta;
    return {
        rest: palette.get(restIndex),
        hover: palette.get(hoverIndex),
        active: palette.get(activeIndex),
        focus: palette.get(focusIndex)
    };
}
/**
 * @internal
 */
function errorForegroundAlgorithm(palette, reference, contrastTarget, restDelta, hoverDelta, activeDelta, focusDelta) {
    const error = palette.source;
    const errorIndex = palette.closestIndexOf(error);
    const direction = is_dark_isDark(reference) ? -1 : 1;
    const startIndex = errorIndex +
        (direction === 1
            ? Math.min(restDelta, hoverDelta)
            : Math.max(direction * restDelta, direction * hoverDelta));
    const accessibleSwatch = palette.colorContrast(reference, contrastTarget, startIndex, direction);
    const accessibleIndex1 = palette.closestIndexOf(accessibleSwatch);
    const accessibleIndex2 = accessibleIndex1 + direction * Math.abs(restDelta - hoverDelta);
    const indexOneIsRestState = direction === 1
        ? restDelta < hoverDelta
        : direction * restDelta > direction * hoverDelta;
    let restIndex;
    let hoverIndex;
    if (indexOneIsRestState) {
        restIndex = accessibleIndex1;
        hoverIndex = accessibleIndex2;
    }
    else {
        restIndex = accessibleIndex2;
        hoverIndex = accessibleIndex1;
    }
    return {
        rest: palette.get(restIndex),
        hover: palette.get(hoverIndex),
        active: palette.get(restIndex + direction * activeDelta),
        focus: palette.get(restIndex + direction * focusDelta)
    };
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/color/recipes/foreground-on-error.js

/**
 * @internal
 */
function foregroundOnErrorAlgorithm(reference, contrastTarget) {
    return reference.contrast(white) >= contrastTarget ? white : black;
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/design-tokens.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


























const { create: design_tokens_create } = index_js_.DesignToken;
function createNonCss(name) {
    return index_js_.DesignToken.create({ name, cssCustomPropertyName: null });
}
// General tokens
/** @public */
const bodyFont = design_tokens_create('body-font').withDefault('aktiv-grotesk, "Segoe UI", Arial, Helvetica, sans-serif');
/** @public */
const baseHeightMultiplier = design_tokens_create('base-height-multiplier').withDefault(10);
/** @public */
const baseHorizontalSpacingMultiplier = design_tokens_create('base-horizontal-spacing-multiplier').withDefault(3);
/** @public */
const design_tokens_baseLayerLuminance = design_tokens_create('base-layer-luminance').withDefault(StandardLuminance.DarkMode);
/** @public */
const controlCornerRadius = design_tokens_create('control-corner-radius').withDefault(4);
/** @public */
const density = design_tokens_create('density').withDefault(0);
/** @public */
const designUnit = design_tokens_create('design-unit').withDefault(4);
/**
 * Adds to the density on specified element.
 *
 * @private
 */
const elementScale = design_tokens_create('element-scale').withDefault(0);
/** @public */
const design_tokens_direction = design_tokens_create('direction').withDefault(localization/* .Direction.ltr */.O.ltr);
/** @public */
const disabledOpacity = design_tokens_create('disabled-opacity').withDefault(0.4);
/** @public */
const strokeWidth = design_tokens_create('stroke-width').withDefault(1);
/** @public */
const focusStrokeWidth = design_tokens_create('focus-stroke-width').withDefault(2);
// Typography values
/** @public */
const typeRampBaseFontSize = design_tokens_create('type-ramp-base-font-size').withDefault('14px');
/** @public */
const typeRampBaseLineHeight = design_tokens_create('type-ramp-base-line-height').withDefault('20px');
/** @public */
const typeRampMinus1FontSize = design_tokens_create('type-ramp-minus-1-font-size').withDefault('12px');
/** @public */
const typeRampMinus1LineHeight = design_tokens_create('type-ramp-minus-1-line-height').withDefault('16px');
/** @public */
const typeRampMinus2FontSize = design_tokens_create('type-ramp-minus-2-font-size').withDefault('10px');
/** @public */
const typeRampMinus2LineHeight = design_tokens_create('type-ramp-minus-2-line-height').withDefault('16px');
/** @public */
const typeRampPlus1FontSize = design_tokens_create('type-ramp-plus-1-font-size').withDefault('16px');
/** @public */
const typeRampPlus1LineHeight = design_tokens_create('type-ramp-plus-1-line-height').withDefault('24px');
/** @public */
const typeRampPlus2FontSize = design_tokens_create('type-ramp-plus-2-font-size').withDefault('20px');
/** @public */
const typeRampPlus2LineHeight = design_tokens_create('type-ramp-plus-2-line-height').withDefault('28px');
/** @public */
const typeRampPlus3FontSize = design_tokens_create('type-ramp-plus-3-font-size').withDefault('28px');
/** @public */
const typeRampPlus3LineHeight = design_tokens_create('type-ramp-plus-3-line-height').withDefault('36px');
/** @public */
const typeRampPlus4FontSize = design_tokens_create('type-ramp-plus-4-font-size').withDefault('34px');
/** @public */
const typeRampPlus4LineHeight = design_tokens_create('type-ramp-plus-4-line-height').withDefault('44px');
/** @public */
const typeRampPlus5FontSize = design_tokens_create('type-ramp-plus-5-font-size').withDefault('46px');
/** @public */
const typeRampPlus5LineHeight = design_tokens_create('type-ramp-plus-5-line-height').withDefault('56px');
/** @public */
const typeRampPlus6FontSize = design_tokens_create('type-ramp-plus-6-font-size').withDefault('60px');
/** @public */
const typeRampPlus6LineHeight = design_tokens_create('type-ramp-plus-6-line-height').withDefault('72px');
// Color recipe values
/** @public */
const accentFillRestDelta = createNonCss('accent-fill-rest-delta').withDefault(0);
/** @public */
const accentFillHoverDelta = createNonCss('accent-fill-hover-delta').withDefault(4);
/** @public */
const accentFillActiveDelta = createNonCss('accent-fill-active-delta').withDefault(-5);
/** @public */
const accentFillFocusDelta = createNonCss('accent-fill-focus-delta').withDefault(0);
/** @public */
const accentForegroundRestDelta = createNonCss('accent-foreground-rest-delta').withDefault(0);
/** @public */
const accentForegroundHoverDelta = createNonCss('accent-foreground-hover-delta').withDefault(6);
/** @public */
const accentForegroundActiveDelta = createNonCss('accent-foreground-active-delta').withDefault(-4);
/** @public */
const accentForegroundFocusDelta = createNonCss('accent-foreground-focus-delta').withDefault(0);
/** @public */
const design_tokens_neutralFillRestDelta = createNonCss('neutral-fill-rest-delta').withDefault(7);
/** @public */
const design_tokens_neutralFillHoverDelta = createNonCss('neutral-fill-hover-delta').withDefault(10);
/** @public */
const design_tokens_neutralFillActiveDelta = createNonCss('neutral-fill-active-delta').withDefault(5);
/** @public */
const neutralFillFocusDelta = createNonCss('neutral-fill-focus-delta').withDefault(0);
/** @public */
const neutralFillInputRestDelta = createNonCss('neutral-fill-input-rest-delta').withDefault(0);
/** @public */
const neutralFillInputHoverDelta = createNonCss('neutral-fill-input-hover-delta').withDefault(0);
/** @public */
const neutralFillInputActiveDelta = createNonCss('neutral-fill-input-active-delta').withDefault(0);
/** @public */
const neutralFillInputFocusDelta = createNonCss('neutral-fill-input-focus-delta').withDefault(0);
/** @public */
const neutralFillStealthRestDelta = createNonCss('neutral-fill-stealth-rest-delta').withDefault(0);
/** @public */
const neutralFillStealthHoverDelta = createNonCss('neutral-fill-stealth-hover-delta').withDefault(5);
/** @public */
const neutralFillStealthActiveDelta = createNonCss('neutral-fill-stealth-active-delta').withDefault(3);
/** @public */
const neutralFillStealthFocusDelta = createNonCss('neutral-fill-stealth-focus-delta').withDefault(0);
/** @public */
const neutralFillStrongRestDelta = createNonCss('neutral-fill-strong-rest-delta').withDefault(0);
/** @public */
const neutralFillStrongHoverDelta = createNonCss('neutral-fill-strong-hover-delta').withDefault(8);
/** @public */
const neutralFillStrongActiveDelta = createNonCss('neutral-fill-strong-active-delta').withDefault(-5);
/** @public */
const neutralFillStrongFocusDelta = createNonCss('neutral-fill-strong-focus-delta').withDefault(0);
/** @public */
const neutralFillLayerRestDelta = createNonCss('neutral-fill-layer-rest-delta').withDefault(3);
/** @public */
const neutralStrokeRestDelta = createNonCss('neutral-stroke-rest-delta').withDefault(25);
/** @public */
const neutralStrokeHoverDelta = createNonCss('neutral-stroke-hover-delta').withDefault(40);
/** @public */
const neutralStrokeActiveDelta = createNonCss('neutral-stroke-active-delta').withDefault(16);
/** @public */
const neutralStrokeFocusDelta = createNonCss('neutral-stroke-focus-delta').withDefault(25);
/** @public */
const neutralStrokeDividerRestDelta = createNonCss('neutral-stroke-divider-rest-delta').withDefault(8);
// Color recipes
/** @public */
const neutralColor = design_tokens_create('neutral-color').withDefault(middleGrey);
/** @public */
const design_tokens_neutralPalette = createNonCss('neutral-palette').withDefault((element) => PaletteRGB.from(neutralColor.getValueFor(element)));
/** @public */
const accentColor = design_tokens_create('accent-color').withDefault(accentBase);
/** @public */
const accentPalette = createNonCss('accent-palette').withDefault((element) => PaletteRGB.from(accentColor.getValueFor(element)));
// Neutral Layer Card Container
/** @public */
const neutralLayerCardContainerRecipe = createNonCss('neutral-layer-card-container-recipe').withDefault({
    evaluate: (element) => neutralLayerCardContainer(design_tokens_neutralPalette.getValueFor(element), design_tokens_baseLayerLuminance.getValueFor(element), neutralFillLayerRestDelta.getValueFor(element))
});
/** @public */
const design_tokens_neutralLayerCardContainer = design_tokens_create('neutral-layer-card-container').withDefault((element) => neutralLayerCardContainerRecipe.getValueFor(element).evaluate(element));
// Neutral Layer Floating
/** @public */
const neutralLayerFloatingRecipe = createNonCss('neutral-layer-floating-recipe').withDefault({
    evaluate: (element) => neutralLayerFloating(design_tokens_neutralPalette.getValueFor(element), design_tokens_baseLayerLuminance.getValueFor(element), neutralFillLayerRestDelta.getValueFor(element))
});
/** @public */
const design_tokens_neutralLayerFloating = design_tokens_create('neutral-layer-floating').withDefault((element) => neutralLayerFloatingRecipe.getValueFor(element).evaluate(element));
// Neutral Layer 1
/** @public */
const neutralLayer1Recipe = createNonCss('neutral-layer-1-recipe').withDefault({
    evaluate: (element) => neutralLayer1(design_tokens_neutralPalette.getValueFor(element), design_tokens_baseLayerLuminance.getValueFor(element))
});
/** @public */
const design_tokens_neutralLayer1 = design_tokens_create('neutral-layer-1').withDefault((element) => neutralLayer1Recipe.getValueFor(element).evaluate(element));
// Neutral Layer 2
/** @public */
const neutralLayer2Recipe = createNonCss('neutral-layer-2-recipe').withDefault({
    evaluate: (element) => neutralLayer2(design_tokens_neutralPalette.getValueFor(element), design_tokens_baseLayerLuminance.getValueFor(element), neutralFillLayerRestDelta.getValueFor(element), design_tokens_neutralFillRestDelta.getValueFor(element), design_tokens_neutralFillHoverDelta.getValueFor(element), design_tokens_neutralFillActiveDelta.getValueFor(element))
});
/** @public */
const design_tokens_neutralLayer2 = design_tokens_create('neutral-layer-2').withDefault((element) => neutralLayer2Recipe.getValueFor(element).evaluate(element));
// Neutral Layer 3
/** @public */
const neutralLayer3Recipe = createNonCss('neutral-layer-3-recipe').withDefault({
    evaluate: (element) => neutralLayer3(design_tokens_neutralPalette.getValueFor(element), design_tokens_baseLayerLuminance.getValueFor(element), neutralFillLayerRestDelta.getValueFor(element), design_tokens_neutralFillRestDelta.getValueFor(element), design_tokens_neutralFillHoverDelta.getValueFor(element), design_tokens_neutralFillActiveDelta.getValueFor(element))
});
/** @public */
const design_tokens_neutralLayer3 = design_tokens_create('neutral-layer-3').withDefault((element) => neutralLayer3Recipe.getValueFor(element).evaluate(element));
// Neutral Layer 4
/** @public */
const neutralLayer4Recipe = createNonCss('neutral-layer-4-recipe').withDefault({
    evaluate: (element) => neutralLayer4(design_tokens_neutralPalette.getValueFor(element), design_tokens_baseLayerLuminance.getValueFor(element), neutralFillLayerRestDelta.getValueFor(element), design_tokens_neutralFillRestDelta.getValueFor(element), design_tokens_neutralFillHoverDelta.getValueFor(element), design_tokens_neutralFillActiveDelta.getValueFor(element))
});
/** @public */
const design_tokens_neutralLayer4 = design_tokens_create('neutral-layer-4').withDefault((element) => neutralLayer4Recipe.getValueFor(element).evaluate(element));
/** @public */
const fillColor = design_tokens_create('fill-color').withDefault(element => design_tokens_neutralLayer1.getValueFor(element));
var design_tokens_ContrastTarget;
(function (ContrastTarget) {
    ContrastTarget[ContrastTarget["normal"] = 4.5] = "normal";
    ContrastTarget[ContrastTarget["large"] = 7] = "large";
})(design_tokens_ContrastTarget || (design_tokens_ContrastTarget = {}));
// Accent Fill
/** @public */
const accentFillRecipe = design_tokens_create({
    name: 'accent-fill-recipe',
    cssCustomPropertyName: null
}).withDefault({
    evaluate: (element, reference) => accentFill(accentPalette.getValueFor(element), design_tokens_neutralPalette.getValueFor(element), reference || fillColor.getValueFor(element), accentFillHoverDelta.getValueFor(element), accentFillActiveDelta.getValueFor(element), accentFillFocusDelta.getValueFor(element), design_tokens_neutralFillRestDelta.getValueFor(element), design_tokens_neutralFillHoverDelta.getValueFor(element), design_tokens_neutralFillActiveDelta.getValueFor(element))
});
/** @public */
const accentFillRest = design_tokens_create('accent-fill-rest').withDefault((element) => {
    return accentFillRecipe.getValueFor(element).evaluate(element).rest;
});
/** @public */
const accentFillHover = design_tokens_create('accent-fill-hover').withDefault((element) => {
    return accentFillRecipe.getValueFor(element).evaluate(element).hover;
});
/** @public */
const accentFillActive = design_tokens_create('accent-fill-active').withDefault((element) => {
    return accentFillRecipe.getValueFor(element).evaluate(element).active;
});
/** @public */
const accentFillFocus = design_tokens_create('accent-fill-focus').withDefault((element) => {
    return accentFillRecipe.getValueFor(element).evaluate(element).focus;
});
// Foreground On Accent
const foregroundOnAccentByContrast = (contrast) => (element, reference) => {
    return foregroundOnAccent(reference || accentFillRest.getValueFor(element), contrast);
};
/** @public */
const foregroundOnAccentRecipe = createNonCss('foreground-on-accent-recipe').withDefault({
    evaluate: (element, reference) => foregroundOnAccentByContrast(design_tokens_ContrastTarget.normal)(element, reference)
});
/** @public */
const foregroundOnAccentRest = design_tokens_create('foreground-on-accent-rest').withDefault((element) => foregroundOnAccentRecipe
    .getValueFor(element)
    .evaluate(element, accentFillRest.getValueFor(element)));
/** @public */
const foregroundOnAccentHover = design_tokens_create('foreground-on-accent-hover').withDefault((element) => foregroundOnAccentRecipe
    .getValueFor(element)
    .evaluate(element, accentFillHover.getValueFor(element)));
/** @public */
const foregroundOnAccentActive = design_tokens_create('foreground-on-accent-active').withDefault((element) => foregroundOnAccentRecipe
    .getValueFor(element)
    .evaluate(element, accentFillActive.getValueFor(element)));
/** @public */
const foregroundOnAccentFocus = design_tokens_create('foreground-on-accent-focus').withDefault((element) => foregroundOnAccentRecipe
    .getValueFor(element)
    .evaluate(element, accentFillFocus.getValueFor(element)));
/** @public */
const foregroundOnAccentLargeRecipe = createNonCss('foreground-on-accent-large-recipe').withDefault({
    evaluate: (element, reference) => foregroundOnAccentByContrast(design_tokens_ContrastTarget.large)(element, reference)
});
/** @public */
const foregroundOnAccentRestLarge = design_tokens_create('foreground-on-accent-rest-large').withDefault((element) => foregroundOnAccentLargeRecipe
    .getValueFor(element)
    .evaluate(element, accentFillRest.getValueFor(element)));
/** @public */
const foregroundOnAccentHoverLarge = design_tokens_create('foreground-on-accent-hover-large').withDefault((element) => foregroundOnAccentLargeRecipe
    .getValueFor(element)
    .evaluate(element, accentFillHover.getValueFor(element)));
/** @public */
const foregroundOnAccentActiveLarge = design_tokens_create('foreground-on-accent-active-large').withDefault((element) => foregroundOnAccentLargeRecipe
    .getValueFor(element)
    .evaluate(element, accentFillActive.getValueFor(element)));
/** @public */
const foregroundOnAccentFocusLarge = design_tokens_create('foreground-on-accent-focus-large').withDefault((element) => foregroundOnAccentLargeRecipe
    .getValueFor(element)
    .evaluate(element, accentFillFocus.getValueFor(element)));
// Accent Foreground
const accentForegroundByContrast = (contrast) => (element, reference) => accentForeground(accentPalette.getValueFor(element), reference || fillColor.getValueFor(element), contrast, accentForegroundRestDelta.getValueFor(element), accentForegroundHoverDelta.getValueFor(element), accentForegroundActiveDelta.getValueFor(element), accentForegroundFocusDelta.getValueFor(element));
/** @public */
const accentForegroundRecipe = design_tokens_create({
    name: 'accent-foreground-recipe',
    cssCustomPropertyName: null
}).withDefault({
    evaluate: (element, reference) => accentForegroundByContrast(design_tokens_ContrastTarget.normal)(element, reference)
});
/** @public */
const accentForegroundRest = design_tokens_create('accent-foreground-rest').withDefault((element) => accentForegroundRecipe.getValueFor(element).evaluate(element).rest);
/** @public */
const accentForegroundHover = design_tokens_create('accent-foreground-hover').withDefault((element) => accentForegroundRecipe.getValueFor(element).evaluate(element).hover);
/** @public */
const accentForegroundActive = design_tokens_create('accent-foreground-active').withDefault((element) => accentForegroundRecipe.getValueFor(element).evaluate(element).active);
/** @public */
const accentForegroundFocus = design_tokens_create('accent-foreground-focus').withDefault((element) => accentForegroundRecipe.getValueFor(element).evaluate(element).focus);
// Neutral Fill
/** @public */
const neutralFillRecipe = design_tokens_create({
    name: 'neutral-fill-recipe',
    cssCustomPropertyName: null
}).withDefault({
    evaluate: (element, reference) => neutralFill(design_tokens_neutralPalette.getValueFor(element), reference || fillColor.getValueFor(element), design_tokens_neutralFillRestDelta.getValueFor(element), design_tokens_neutralFillHoverDelta.getValueFor(element), design_tokens_neutralFillActiveDelta.getValueFor(element), neutralFillFocusDelta.getValueFor(element))
});
/** @public */
const neutralFillRest = design_tokens_create('neutral-fill-rest').withDefault((element) => neutralFillRecipe.getValueFor(element).evaluate(element).rest);
/** @public */
const neutralFillHover = design_tokens_create('neutral-fill-hover').withDefault((element) => neutralFillRecipe.getValueFor(element).evaluate(element).hover);
/** @public */
const neutralFillActive = design_tokens_create('neutral-fill-active').withDefault((element) => neutralFillRecipe.getValueFor(element).evaluate(element).active);
/** @public */
const neutralFillFocus = design_tokens_create('neutral-fill-focus').withDefault((element) => neutralFillRecipe.getValueFor(element).evaluate(element).focus);
// Neutral Fill Input
/** @public */
const neutralFillInputRecipe = design_tokens_create({
    name: 'neutral-fill-input-recipe',
    cssCustomPropertyName: null
}).withDefault({
    evaluate: (element, reference) => neutralFillInput(design_tokens_neutralPalette.getValueFor(element), reference || fillColor.getValueFor(element), neutralFillInputRestDelta.getValueFor(element), neutralFillInputHoverDelta.getValueFor(element), neutralFillInputActiveDelta.getValueFor(element), neutralFillInputFocusDelta.getValueFor(element))
});
/** @public */
const neutralFillInputRest = design_tokens_create('neutral-fill-input-rest').withDefault((element) => neutralFillInputRecipe.getValueFor(element).evaluate(element).rest);
/** @public */
const neutralFillInputHover = design_tokens_create('neutral-fill-input-hover').withDefault((element) => neutralFillInputRecipe.getValueFor(element).evaluate(element).hover);
/** @public */
const neutralFillInputActive = design_tokens_create('neutral-fill-input-active').withDefault((element) => neutralFillInputRecipe.getValueFor(element).evaluate(element).active);
/** @public */
const neutralFillInputFocus = design_tokens_create('neutral-fill-input-focus').withDefault((element) => neutralFillInputRecipe.getValueFor(element).evaluate(element).focus);
// Neutral Fill Stealth
/** @public */
const neutralFillStealthRecipe = design_tokens_create({
    name: 'neutral-fill-stealth-recipe',
    cssCustomPropertyName: null
}).withDefault({
    evaluate: (element, reference) => neutralFillStealth(design_tokens_neutralPalette.getValueFor(element), reference || fillColor.getValueFor(element), neutralFillStealthRestDelta.getValueFor(element), neutralFillStealthHoverDelta.getValueFor(element), neutralFillStealthActiveDelta.getValueFor(element), neutralFillStealthFocusDelta.getValueFor(element), design_tokens_neutralFillRestDelta.getValueFor(element), design_tokens_neutralFillHoverDelta.getValueFor(element), design_tokens_neutralFillActiveDelta.getValueFor(element), neutralFillFocusDelta.getValueFor(element))
});
/** @public */
const neutralFillStealthRest = design_tokens_create('neutral-fill-stealth-rest').withDefault((element) => neutralFillStealthRecipe.getValueFor(element).evaluate(element).rest);
/** @public */
const neutralFillStealthHover = design_tokens_create('neutral-fill-stealth-hover').withDefault((element) => neutralFillStealthRecipe.getValueFor(element).evaluate(element).hover);
/** @public */
const neutralFillStealthActive = design_tokens_create('neutral-fill-stealth-active').withDefault((element) => neutralFillStealthRecipe.getValueFor(element).evaluate(element).active);
/** @public */
const neutralFillStealthFocus = design_tokens_create('neutral-fill-stealth-focus').withDefault((element) => neutralFillStealthRecipe.getValueFor(element).evaluate(element).focus);
// Neutral Fill Strong
/** @public */
const neutralFillStrongRecipe = design_tokens_create({
    name: 'neutral-fill-strong-recipe',
    cssCustomPropertyName: null
}).withDefault({
    evaluate: (element, reference) => neutralFillContrast(design_tokens_neutralPalette.getValueFor(element), reference || fillColor.getValueFor(element), neutralFillStrongRestDelta.getValueFor(element), neutralFillStrongHoverDelta.getValueFor(element), neutralFillStrongActiveDelta.getValueFor(element), neutralFillStrongFocusDelta.getValueFor(element))
});
/** @public */
const neutralFillStrongRest = design_tokens_create('neutral-fill-strong-rest').withDefault((element) => neutralFillStrongRecipe.getValueFor(element).evaluate(element).rest);
/** @public */
const neutralFillStrongHover = design_tokens_create('neutral-fill-strong-hover').withDefault((element) => neutralFillStrongRecipe.getValueFor(element).evaluate(element).hover);
/** @public */
const neutralFillStrongActive = design_tokens_create('neutral-fill-strong-active').withDefault((element) => neutralFillStrongRecipe.getValueFor(element).evaluate(element).active);
/** @public */
const neutralFillStrongFocus = design_tokens_create('neutral-fill-strong-focus').withDefault((element) => neutralFillStrongRecipe.getValueFor(element).evaluate(element).focus);
// Neutral Fill Layer
/** @public */
const neutralFillLayerRecipe = createNonCss('neutral-fill-layer-recipe').withDefault({
    evaluate: (element, reference) => neutralFillLayer(design_tokens_neutralPalette.getValueFor(element), reference || fillColor.getValueFor(element), neutralFillLayerRestDelta.getValueFor(element))
});
/** @public */
const neutralFillLayerRest = design_tokens_create('neutral-fill-layer-rest').withDefault((element) => neutralFillLayerRecipe.getValueFor(element).evaluate(element));
// Focus Stroke Outer
/** @public */
const focusStrokeOuterRecipe = createNonCss('focus-stroke-outer-recipe').withDefault({
    evaluate: (element) => focusStrokeOuter(design_tokens_neutralPalette.getValueFor(element), fillColor.getValueFor(element))
});
/** @public */
const design_tokens_focusStrokeOuter = design_tokens_create('focus-stroke-outer').withDefault((element) => focusStrokeOuterRecipe.getValueFor(element).evaluate(element));
// Focus Stroke Inner
/** @public */
const focusStrokeInnerRecipe = createNonCss('focus-stroke-inner-recipe').withDefault({
    evaluate: (element) => focusStrokeInner(accentPalette.getValueFor(element), fillColor.getValueFor(element), design_tokens_focusStrokeOuter.getValueFor(element))
});
/** @public */
const design_tokens_focusStrokeInner = design_tokens_create('focus-stroke-inner').withDefault((element) => focusStrokeInnerRecipe.getValueFor(element).evaluate(element));
// Neutral Foreground Hint
/** @public */
const neutralForegroundHintRecipe = createNonCss('neutral-foreground-hint-recipe').withDefault({
    evaluate: (element) => neutralForegroundHint(design_tokens_neutralPalette.getValueFor(element), fillColor.getValueFor(element))
});
/** @public */
const design_tokens_neutralForegroundHint = design_tokens_create('neutral-foreground-hint').withDefault((element) => neutralForegroundHintRecipe.getValueFor(element).evaluate(element));
// Neutral Foreground
/** @public */
const neutralForegroundRecipe = createNonCss('neutral-foreground-recipe').withDefault({
    evaluate: (element) => neutralForeground(design_tokens_neutralPalette.getValueFor(element), fillColor.getValueFor(element))
});
/** @public */
const neutralForegroundRest = design_tokens_create('neutral-foreground-rest').withDefault((element) => neutralForegroundRecipe.getValueFor(element).evaluate(element));
// Neutral Stroke
/** @public */
const neutralStrokeRecipe = design_tokens_create({
    name: 'neutral-stroke-recipe',
    cssCustomPropertyName: null
}).withDefault({
    evaluate: (element) => {
        return neutralStroke(design_tokens_neutralPalette.getValueFor(element), fillColor.getValueFor(element), neutralStrokeRestDelta.getValueFor(element), neutralStrokeHoverDelta.getValueFor(element), neutralStrokeActiveDelta.getValueFor(element), neutralStrokeFocusDelta.getValueFor(element));
    }
});
/** @public */
const neutralStrokeRest = design_tokens_create('neutral-stroke-rest').withDefault((element) => neutralStrokeRecipe.getValueFor(element).evaluate(element).rest);
/** @public */
const neutralStrokeHover = design_tokens_create('neutral-stroke-hover').withDefault((element) => neutralStrokeRecipe.getValueFor(element).evaluate(element).hover);
/** @public */
const neutralStrokeActive = design_tokens_create('neutral-stroke-active').withDefault((element) => neutralStrokeRecipe.getValueFor(element).evaluate(element).active);
/** @public */
const neutralStrokeFocus = design_tokens_create('neutral-stroke-focus').withDefault((element) => neutralStrokeRecipe.getValueFor(element).evaluate(element).focus);
// Neutral Stroke Divider
/** @public */
const neutralStrokeDividerRecipe = createNonCss('neutral-stroke-divider-recipe').withDefault({
    evaluate: (element, reference) => neutralStrokeDivider(design_tokens_neutralPalette.getValueFor(element), reference || fillColor.getValueFor(element), neutralStrokeDividerRestDelta.getValueFor(element))
});
/** @public */
const neutralStrokeDividerRest = design_tokens_create('neutral-stroke-divider-rest').withDefault(element => neutralStrokeDividerRecipe.getValueFor(element).evaluate(element));
/**
 * The control height formula expressed as a design token.
 * This token does not provide a CSS custom property.
 *
 * @public
 */
const heightNumberAsToken = index_js_.DesignToken.create({
    name: 'height-number',
    cssCustomPropertyName: null
}).withDefault(target => (baseHeightMultiplier.getValueFor(target) + density.getValueFor(target)) *
    designUnit.getValueFor(target));
/*
 * The error palette is built using the same color algorithm as the accent palette
 * But by copying the algorithm from @microsoft/fast-components at commit 03d711f222bd816834a5e1d60256d3e083b27c27
 * as some helpers are not exported.
 * The delta used are those of the accent palette.
 */
/** @public */
const errorColor = design_tokens_create('error-color').withDefault(errorBase);
/**
 * Error palette
 * @public
 */
const errorPalette = createNonCss('error-palette').withDefault((element) => PaletteRGB.from(errorColor.getValueFor(element)));
// Error Fill
/** @public */
const errorFillRecipe = design_tokens_create({
    name: 'error-fill-recipe',
    cssCustomPropertyName: null
}).withDefault({
    evaluate: (element, reference) => errorFillAlgorithm(errorPalette.getValueFor(element), design_tokens_neutralPalette.getValueFor(element), reference || fillColor.getValueFor(element), accentFillHoverDelta.getValueFor(element), accentFillActiveDelta.getValueFor(element), accentFillFocusDelta.getValueFor(element), design_tokens_neutralFillRestDelta.getValueFor(element), design_tokens_neutralFillHoverDelta.getValueFor(element), design_tokens_neutralFillActiveDelta.getValueFor(element))
});
/** @public */
const errorFillRest = design_tokens_create('error-fill-rest').withDefault((element) => {
    return errorFillRecipe.getValueFor(element).evaluate(element).rest;
});
/** @public */
const errorFillHover = design_tokens_create('error-fill-hover').withDefault((element) => {
    return errorFillRecipe.getValueFor(element).evaluate(element).hover;
});
/** @public */
const errorFillActive = design_tokens_create('error-fill-active').withDefault((element) => {
    return errorFillRecipe.getValueFor(element).evaluate(element).active;
});
/** @public */
const errorFillFocus = design_tokens_create('error-fill-focus').withDefault((element) => {
    return errorFillRecipe.getValueFor(element).evaluate(element).focus;
});
// Foreground On Error
const foregroundOnErrorByContrast = (contrast) => (element, reference) => {
    return foregroundOnErrorAlgorithm(reference || errorFillRest.getValueFor(element), contrast);
};
/** @public */
const foregroundOnErrorRecipe = design_tokens_create({
    name: 'foreground-on-error-recipe',
    cssCustomPropertyName: null
}).withDefault({
    evaluate: (element, reference) => foregroundOnErrorByContrast(design_tokens_ContrastTarget.normal)(element, reference)
});
/** @public */
const foregroundOnErrorRest = design_tokens_create('foreground-on-error-rest').withDefault((element) => foregroundOnErrorRecipe
    .getValueFor(element)
    .evaluate(element, errorFillRest.getValueFor(element)));
/** @public */
const foregroundOnErrorHover = design_tokens_create('foreground-on-error-hover').withDefault((element) => foregroundOnErrorRecipe
    .getValueFor(element)
    .evaluate(element, errorFillHover.getValueFor(element)));
/** @public */
const foregroundOnErrorActive = design_tokens_create('foreground-on-error-active').withDefault((element) => foregroundOnErrorRecipe
    .getValueFor(element)
    .evaluate(element, errorFillActive.getValueFor(element)));
/** @public */
const foregroundOnErrorFocus = design_tokens_create('foreground-on-error-focus').withDefault((element) => foregroundOnErrorRecipe
    .getValueFor(element)
    .evaluate(element, errorFillFocus.getValueFor(element)));
/** @public */
const foregroundOnErrorLargeRecipe = design_tokens_create({
    name: 'foreground-on-error-large-recipe',
    cssCustomPropertyName: null
}).withDefault({
    evaluate: (element, reference) => foregroundOnErrorByContrast(design_tokens_ContrastTarget.large)(element, reference)
});
/** @public */
const foregroundOnErrorRestLarge = design_tokens_create('foreground-on-error-rest-large').withDefault((element) => foregroundOnErrorLargeRecipe
    .getValueFor(element)
    .evaluate(element, errorFillRest.getValueFor(element)));
/** @public */
const foregroundOnErrorHoverLarge = design_tokens_create('foreground-on-error-hover-large').withDefault((element) => foregroundOnErrorLargeRecipe
    .getValueFor(element)
    .evaluate(element, errorFillHover.getValueFor(element)));
/** @public */
const foregroundOnErrorActiveLarge = design_tokens_create('foreground-on-error-active-large').withDefault((element) => foregroundOnErrorLargeRecipe
    .getValueFor(element)
    .evaluate(element, errorFillActive.getValueFor(element)));
/** @public */
const foregroundOnErrorFocusLarge = design_tokens_create('foreground-on-error-focus-large').withDefault((element) => foregroundOnErrorLargeRecipe
    .getValueFor(element)
    .evaluate(element, errorFillFocus.getValueFor(element)));
// Error Foreground
const errorForegroundByContrast = (contrast) => (element, reference) => errorForegroundAlgorithm(errorPalette.getValueFor(element), reference || fillColor.getValueFor(element), contrast, accentForegroundRestDelta.getValueFor(element), accentForegroundHoverDelta.getValueFor(element), accentForegroundActiveDelta.getValueFor(element), accentForegroundFocusDelta.getValueFor(element));
/** @public */
const errorForegroundRecipe = design_tokens_create({
    name: 'error-foreground-recipe',
    cssCustomPropertyName: null
}).withDefault({
    evaluate: (element, reference) => errorForegroundByContrast(design_tokens_ContrastTarget.normal)(element, reference)
});
/** @public */
const errorForegroundRest = design_tokens_create('error-foreground-rest').withDefault((element) => errorForegroundRecipe.getValueFor(element).evaluate(element).rest);
/** @public */
const errorForegroundHover = design_tokens_create('error-foreground-hover').withDefault((element) => errorForegroundRecipe.getValueFor(element).evaluate(element).hover);
/** @public */
const errorForegroundActive = design_tokens_create('error-foreground-active').withDefault((element) => errorForegroundRecipe.getValueFor(element).evaluate(element).active);
/** @public */
const errorForegroundFocus = design_tokens_create('error-foreground-focus').withDefault((element) => errorForegroundRecipe.getValueFor(element).evaluate(element).focus);

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/utilities/theme/applyTheme.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.





const THEME_NAME_BODY_ATTRIBUTE = 'data-jp-theme-name';
const THEME_MODE_BODY_ATTRIBUTE = 'data-jp-theme-light';
// Use to determine the neutral color and possibly if theme is dark
const BASE_LAYOUT_COLOR = '--jp-layout-color1';
/**
 * Flag to initialized only one listener
 */
let isThemeChangeInitialized = false;
/**
 * Configures a MutationObserver to watch for Jupyter theme changes and
 * applies the current Jupyter theme to the toolkit components.
 */
function addJupyterLabThemeChangeListener() {
    if (!isThemeChangeInitialized) {
        isThemeChangeInitialized = true;
        initThemeChangeListener();
    }
}
function initThemeChangeListener() {
    const addObserver = () => {
        const observer = new MutationObserver(() => {
            applyJupyterTheme();
        });
        observer.observe(document.body, {
            attributes: true,
            attributeFilter: [THEME_NAME_BODY_ATTRIBUTE],
            childList: false,
            characterData: false
        });
        applyJupyterTheme();
    };
    if (document.readyState === 'complete') {
        addObserver();
    }
    else {
        window.addEventListener('load', addObserver);
    }
}
/**
 * Convert a string to an integer.
 *
 * @param value String to convert
 * @returns Extracted integer or null
 */
const intConverter = (value) => {
    const parsedValue = parseInt(value, 10);
    return isNaN(parsedValue) ? null : parsedValue;
};
/**
 * Mapping JupyterLab CSS variables to FAST design tokens
 */
const tokenMappings = {
    '--jp-border-width': {
        converter: intConverter,
        token: strokeWidth
    },
    '--jp-border-radius': {
        converter: intConverter,
        token: controlCornerRadius
    },
    [BASE_LAYOUT_COLOR]: {
        converter: (value, isDark) => {
            const parsedColor = parseColor(value);
            if (parsedColor) {
                const hsl = color_converters_rgbToHSL(parsedColor);
                // Neutral luminance should be about 50%
                const correctedHSL = color_hsl_ColorHSL.fromObject({
                    h: hsl.h,
                    s: hsl.s,
                    l: 0.5
                });
                const correctedRGB = color_converters_hslToRGB(correctedHSL);
                return SwatchRGB.create(correctedRGB.r, correctedRGB.g, correctedRGB.b);
            }
            else {
                return null;
            }
        },
        token: neutralColor
    },
    '--jp-brand-color1': {
        converter: (value, isDark) => {
            const parsedColor = parseColor(value);
            if (parsedColor) {
                const hsl = color_converters_rgbToHSL(parsedColor);
                // Correct luminance to get accent fill closer to brand color 1
                const direction = isDark ? 1 : -1;
                const correctedHSL = color_hsl_ColorHSL.fromObject({
                    h: hsl.h,
                    s: hsl.s,
                    l: hsl.l +
                        (direction * accentFillHoverDelta.getValueFor(document.body)) / 94.0
                });
                const correctedRGB = color_converters_hslToRGB(correctedHSL);
                return SwatchRGB.create(correctedRGB.r, correctedRGB.g, correctedRGB.b);
            }
            else {
                return null;
            }
        },
        token: accentColor
    },
    '--jp-error-color1': {
        converter: (value, isDark) => {
            const parsedColor = parseColor(value);
            if (parsedColor) {
                const hsl = color_converters_rgbToHSL(parsedColor);
                // Correct luminance to get error fill closer
                const direction = isDark ? 1 : -1;
                const correctedHSL = color_hsl_ColorHSL.fromObject({
                    h: hsl.h,
                    s: hsl.s,
                    l: hsl.l +
                        (direction * accentFillHoverDelta.getValueFor(document.body)) / 94.0
                });
                const correctedRGB = color_converters_hslToRGB(correctedHSL);
                return SwatchRGB.create(correctedRGB.r, correctedRGB.g, correctedRGB.b);
            }
            else {
                return null;
            }
        },
        token: errorColor
    },
    '--jp-ui-font-family': {
        token: bodyFont
    },
    '--jp-ui-font-size1': {
        token: typeRampBaseFontSize
    }
};
/**
 * Applies the current Jupyter theme to the toolkit components.
 */
function applyJupyterTheme() {
    var _a;
    // Get all the styles applied to the <body> tag in the webview HTML
    // Importantly this includes all the CSS variables associated with the
    // current Jupyter theme
    const styles = getComputedStyle(document.body);
    // Set mode
    //   It will look at the body attribute or try to extrapolate
    const themeMode = document.body.getAttribute(THEME_MODE_BODY_ATTRIBUTE);
    let isDark_ = false;
    if (themeMode) {
        isDark_ = themeMode === 'false';
    }
    else {
        const layoutColor = styles.getPropertyValue(BASE_LAYOUT_COLOR).toString();
        if (layoutColor) {
            const parsedColor = parseColor(layoutColor);
            if (parsedColor) {
                isDark_ = is_dark_isDark(SwatchRGB.create(parsedColor.r, parsedColor.g, parsedColor.b));
                console.debug(`Theme is ${isDark_ ? 'dark' : 'light'} based on '${BASE_LAYOUT_COLOR}' value: ${layoutColor}.`);
            }
        }
    }
    design_tokens_baseLayerLuminance.setValueFor(document.body, isDark_ ? StandardLuminance.DarkMode : StandardLuminance.LightMode);
    for (const jpTokenName in tokenMappings) {
        const toolkitTokenName = tokenMappings[jpTokenName];
        const value = styles.getPropertyValue(jpTokenName).toString();
        if (document.body && value !== '') {
            const parsedValue = ((_a = toolkitTokenName.converter) !== null && _a !== void 0 ? _a : ((v) => v))(value.trim(), isDark_);
            if (parsedValue !== null) {
                toolkitTokenName.token.setValueFor(document.body, parsedValue);
            }
            else {
                console.error(`Fail to parse value '${value}' for '${jpTokenName}' as FAST design token.`);
            }
        }
    }
}

// EXTERNAL MODULE: consume shared module (default) @microsoft/fast-element@^1.14.0 (strict) (fallback: /work/wt-safety/node_modules/@microsoft/fast-element/dist/esm/index.js)
var esm_index_js_ = __webpack_require__(43087);
;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/accordion/accordion.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Styles for Accordion
 * @public
 */
const accordionStyles = (context, definition) => (0,esm_index_js_.css) `
  ${(0,index_js_.display)('flex')} :host {
    box-sizing: border-box;
    flex-direction: column;
    font-family: ${bodyFont};
    font-size: ${typeRampMinus1FontSize};
    line-height: ${typeRampMinus1LineHeight};
    color: ${neutralForegroundRest};
    border-top: calc(${strokeWidth} * 1px) solid ${neutralStrokeDividerRest};
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@microsoft/fast-web-utilities/dist/system-colors.js
/**
 * Define system colors for use in CSS stylesheets.
 *
 * https://drafts.csswg.org/css-color/#css-system-colors
 */
var system_colors_SystemColors;
(function (SystemColors) {
    SystemColors["Canvas"] = "Canvas";
    SystemColors["CanvasText"] = "CanvasText";
    SystemColors["LinkText"] = "LinkText";
    SystemColors["VisitedText"] = "VisitedText";
    SystemColors["ActiveText"] = "ActiveText";
    SystemColors["ButtonFace"] = "ButtonFace";
    SystemColors["ButtonText"] = "ButtonText";
    SystemColors["Field"] = "Field";
    SystemColors["FieldText"] = "FieldText";
    SystemColors["Highlight"] = "Highlight";
    SystemColors["HighlightText"] = "HighlightText";
    SystemColors["GrayText"] = "GrayText";
})(system_colors_SystemColors || (system_colors_SystemColors = {}));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/styles/size.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * A formula to retrieve the control height.
 * Use this as the value of any CSS property that
 * accepts a pixel size.
 */
const heightNumber = (0,esm_index_js_.cssPartial) `(${baseHeightMultiplier} + ${density} + ${elementScale}) * ${designUnit}`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/accordion-item/accordion-item.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for AccordionItem
 * @public
 */
const accordionItemStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('flex')} :host {
      box-sizing: border-box;
      font-family: ${bodyFont};
      flex-direction: column;
      font-size: ${typeRampMinus1FontSize};
      line-height: ${typeRampMinus1LineHeight};
      border-bottom: calc(${strokeWidth} * 1px) solid
        ${neutralStrokeDividerRest};
    }

    .region {
      display: none;
      padding: calc((6 + (${designUnit} * 2 * ${density})) * 1px);
    }

    div.heading {
      display: grid;
      position: relative;
      grid-template-columns: calc(${heightNumber} * 1px) auto 1fr auto;
      color: ${neutralForegroundRest};
    }

    .button {
      appearance: none;
      border: none;
      background: none;
      grid-column: 3;
      outline: none;
      padding: 0 calc((6 + (${designUnit} * 2 * ${density})) * 1px);
      text-align: left;
      height: calc(${heightNumber} * 1px);
      color: currentcolor;
      cursor: pointer;
      font-family: inherit;
    }

    .button:hover {
      color: currentcolor;
    }

    .button:active {
      color: currentcolor;
    }

    .button::before {
      content: '';
      position: absolute;
      top: 0;
      left: 0;
      right: 0;
      bottom: 0;
      cursor: pointer;
    }

    /* prettier-ignore */
    .button:${index_js_.focusVisible}::before {
      outline: none;
      border: calc(${focusStrokeWidth} * 1px) solid ${accentFillFocus};
      border-radius: calc(${controlCornerRadius} * 1px);
    }

    :host([expanded]) .region {
      display: block;
    }

    .icon {
      display: flex;
      align-items: center;
      justify-content: center;
      grid-column: 1;
      grid-row: 1;
      pointer-events: none;
      position: relative;
    }

    slot[name='expanded-icon'],
    slot[name='collapsed-icon'] {
      fill: currentcolor;
    }

    slot[name='collapsed-icon'] {
      display: flex;
    }

    :host([expanded]) slot[name='collapsed-icon'] {
      display: none;
    }

    slot[name='expanded-icon'] {
      display: none;
    }

    :host([expanded]) slot[name='expanded-icon'] {
      display: flex;
    }

    .start {
      display: flex;
      align-items: center;
      padding-inline-start: calc(${designUnit} * 1px);
      justify-content: center;
      grid-column: 2;
      position: relative;
    }

    .end {
      display: flex;
      align-items: center;
      justify-content: center;
      grid-column: 4;
      position: relative;
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      /* prettier-ignore */
      .button:${index_js_.focusVisible}::before {
          border-color: ${system_colors_SystemColors.Highlight};
        }
      :host slot[name='collapsed-icon'],
      :host([expanded]) slot[name='expanded-icon'] {
        fill: ${system_colors_SystemColors.ButtonText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/accordion-item/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Accordion item class
 *
 * @public
 * @tagname jp-accordion-item
 */
class JupyterAccordionItem extends index_js_.AccordionItem {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#AccordionItem} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#accordionItemTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-accordion-item>`
 */
const jpAccordionItem = JupyterAccordionItem.compose({
    baseName: 'accordion-item',
    baseClass: index_js_.AccordionItem,
    template: index_js_.accordionItemTemplate,
    styles: accordionItemStyles,
    collapsedIcon: /* html */ `
        <svg
            width="20"
            height="20"
            viewBox="0 0 16 16"
            xmlns="http://www.w3.org/2000/svg"
        >
            <path
                fill-rule="evenodd"
                clip-rule="evenodd"
                d="M5.00001 12.3263C5.00124 12.5147 5.05566 12.699 5.15699 12.8578C5.25831 13.0167 5.40243 13.1437 5.57273 13.2242C5.74304 13.3047 5.9326 13.3354 6.11959 13.3128C6.30659 13.2902 6.4834 13.2152 6.62967 13.0965L10.8988 8.83532C11.0739 8.69473 11.2153 8.51658 11.3124 8.31402C11.4096 8.11146 11.46 7.88966 11.46 7.66499C11.46 7.44033 11.4096 7.21853 11.3124 7.01597C11.2153 6.81341 11.0739 6.63526 10.8988 6.49467L6.62967 2.22347C6.48274 2.10422 6.30501 2.02912 6.11712 2.00691C5.92923 1.9847 5.73889 2.01628 5.56823 2.09799C5.39757 2.17969 5.25358 2.30817 5.153 2.46849C5.05241 2.62882 4.99936 2.8144 5.00001 3.00369V12.3263Z"
            />
        </svg>
    `,
    expandedIcon: /* html */ `
        <svg
            width="20"
            height="20"
            viewBox="0 0 16 16"
            xmlns="http://www.w3.org/2000/svg"
        >
            <path
                fill-rule="evenodd"
                clip-rule="evenodd"
                transform="rotate(90,8,8)"
          d="M5.00001 12.3263C5.00124 12.5147 5.05566 12.699 5.15699 12.8578C5.25831 13.0167 5.40243 13.1437 5.57273 13.2242C5.74304 13.3047 5.9326 13.3354 6.11959 13.3128C6.30659 13.2902 6.4834 13.2152 6.62967 13.0965L10.8988 8.83532C11.0739 8.69473 11.2153 8.51658 11.3124 8.31402C11.4096 8.11146 11.46 7.88966 11.46 7.66499C11.46 7.44033 11.4096 7.21853 11.3124 7.01597C11.2153 6.81341 11.0739 6.63526 10.8988 6.49467L6.62967 2.22347C6.48274 2.10422 6.30501 2.02912 6.11712 2.00691C5.92923 1.9847 5.73889 2.01628 5.56823 2.09799C5.39757 2.17969 5.25358 2.30817 5.153 2.46849C5.05241 2.62882 4.99936 2.8144 5.00001 3.00369V12.3263Z"
            />
        </svg>
    `
});



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/accordion/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Accordion class
 *
 * @public
 * @tagname jp-accordion
 */
class JupyterAccordion extends index_js_.Accordion {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Accordion} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#accordionTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-accordion>`
 */
const jpAccordion = JupyterAccordion.compose({
    baseName: 'accordion',
    baseClass: index_js_.Accordion,
    template: index_js_.accordionTemplate,
    styles: accordionStyles
});



// EXTERNAL MODULE: ../../../node_modules/tslib/tslib.es6.js
var tslib_es6 = __webpack_require__(97545);
;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/styles/patterns/button.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





// TODO do we really want to use outline for focus => this call for a minimal style for toolbar probably
// outline force to use a margin so that the outline is not hidden by other elements.
/**
 * @internal
 */
const BaseButtonStyles = (0,esm_index_js_.css) `
  ${(0,index_js_.display)('inline-flex')} :host {
    font-family: ${bodyFont};
    outline: none;
    font-size: ${typeRampBaseFontSize};
    line-height: ${typeRampBaseLineHeight};
    height: calc(${heightNumber} * 1px);
    min-width: calc(${heightNumber} * 1px);
    background-color: ${neutralFillRest};
    color: ${neutralForegroundRest};
    border-radius: calc(${controlCornerRadius} * 1px);
    fill: currentcolor;
    cursor: pointer;
    margin: calc((${focusStrokeWidth} + 2) * 1px);
  }

  .control {
    background: transparent;
    height: inherit;
    flex-grow: 1;
    box-sizing: border-box;
    display: inline-flex;
    justify-content: center;
    align-items: center;
    padding: 0
      max(
        1px,
        calc((14 + (${designUnit} * (${density} + ${elementScale})))) * 1px
      );
    white-space: nowrap;
    outline: none;
    text-decoration: none;
    border: calc(${strokeWidth} * 1px) solid transparent;
    color: inherit;
    border-radius: inherit;
    fill: inherit;
    cursor: inherit;
    font-family: inherit;
    font-size: inherit;
    line-height: inherit;
  }

  :host(:hover) {
    background-color: ${neutralFillHover};
  }

  :host(:active) {
    background-color: ${neutralFillActive};
  }

  :host([aria-pressed='true']) {
    box-shadow: inset 0px 0px 2px 2px ${neutralFillStrongActive};
  }

  :host([minimal]),
  :host([scale='xsmall']) {
    --element-scale: -4;
  }

  :host([scale='small']) {
    --element-scale: -2;
  }

  :host([scale='medium']) {
    --element-scale: 0;
  }

  :host([scale='large']) {
    --element-scale: 2;
  }

  :host([scale='xlarge']) {
    --element-scale: 4;
  }

  /* prettier-ignore */
  .control:${index_js_.focusVisible} {
      outline: calc(${focusStrokeWidth} * 1px) solid ${neutralFillStrongFocus};
      outline-offset: 2px;
      -moz-outline-radius: 0px;
    }

  .control::-moz-focus-inner {
    border: 0;
  }

  .start,
  .end {
    display: flex;
  }

  .control.icon-only {
    padding: 0;
    line-height: 0;
  }

  ::slotted(svg),
  ::slotted(jp-icon) {
    ${
/* Glyph size and margin-left is temporary -
     replace when adaptive typography is figured out */ ''} width: 16px;
    height: 16px;
    pointer-events: none;
  }

  .start {
    margin-inline-end: 11px;
  }

  .end {
    margin-inline-start: 11px;
  }
`.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
    :host .control {
      background-color: ${system_colors_SystemColors.ButtonFace};
      border-color: ${system_colors_SystemColors.ButtonText};
      color: ${system_colors_SystemColors.ButtonText};
      fill: currentColor;
    }

    :host(:hover) .control {
      forced-color-adjust: none;
      background-color: ${system_colors_SystemColors.Highlight};
      color: ${system_colors_SystemColors.HighlightText};
    }

    /* prettier-ignore */
    .control:${index_js_.focusVisible} {
          forced-color-adjust: none;
          background-color: ${system_colors_SystemColors.Highlight};
          outline-color: ${system_colors_SystemColors.ButtonText};
          color: ${system_colors_SystemColors.HighlightText};
        }

    .control:hover,
    :host([appearance='outline']) .control:hover {
      border-color: ${system_colors_SystemColors.ButtonText};
    }

    :host([href]) .control {
      border-color: ${system_colors_SystemColors.LinkText};
      color: ${system_colors_SystemColors.LinkText};
    }

    :host([href]) .control:hover,
        :host([href]) .control:${index_js_.focusVisible} {
      forced-color-adjust: none;
      background: ${system_colors_SystemColors.ButtonFace};
      outline-color: ${system_colors_SystemColors.LinkText};
      color: ${system_colors_SystemColors.LinkText};
      fill: currentColor;
    }
  `));
/**
 * @internal
 */
const AccentButtonStyles = (0,esm_index_js_.css) `
  :host([appearance='accent']) {
    background: ${accentFillRest};
    color: ${foregroundOnAccentRest};
  }

  :host([appearance='accent']:hover) {
    background: ${accentFillHover};
    color: ${foregroundOnAccentHover};
  }

  :host([appearance='accent'][aria-pressed='true']) {
    box-shadow: inset 0px 0px 2px 2px ${accentForegroundActive};
  }

  :host([appearance='accent']:active) .control:active {
    background: ${accentFillActive};
    color: ${foregroundOnAccentActive};
  }

  :host([appearance="accent"]) .control:${index_js_.focusVisible} {
    outline-color: ${accentFillFocus};
  }
`.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
    :host([appearance='accent']) .control {
      forced-color-adjust: none;
      background: ${system_colors_SystemColors.Highlight};
      color: ${system_colors_SystemColors.HighlightText};
    }

    :host([appearance='accent']) .control:hover,
    :host([appearance='accent']:active) .control:active {
      background: ${system_colors_SystemColors.HighlightText};
      border-color: ${system_colors_SystemColors.Highlight};
      color: ${system_colors_SystemColors.Highlight};
    }

    :host([appearance="accent"]) .control:${index_js_.focusVisible} {
      outline-color: ${system_colors_SystemColors.Highlight};
    }

    :host([appearance='accent'][href]) .control {
      background: ${system_colors_SystemColors.LinkText};
      color: ${system_colors_SystemColors.HighlightText};
    }

    :host([appearance='accent'][href]) .control:hover {
      background: ${system_colors_SystemColors.ButtonFace};
      border-color: ${system_colors_SystemColors.LinkText};
      box-shadow: none;
      color: ${system_colors_SystemColors.LinkText};
      fill: currentColor;
    }

    :host([appearance="accent"][href]) .control:${index_js_.focusVisible} {
      outline-color: ${system_colors_SystemColors.HighlightText};
    }
  `));
/**
 * @internal
 */
const ErrorButtonStyles = (0,esm_index_js_.css) `
  :host([appearance='error']) {
    background: ${errorFillRest};
    color: ${foregroundOnAccentRest};
  }

  :host([appearance='error']:hover) {
    background: ${errorFillHover};
    color: ${foregroundOnAccentHover};
  }

  :host([appearance='error'][aria-pressed='true']) {
    box-shadow: inset 0px 0px 2px 2px ${errorForegroundActive};
  }

  :host([appearance='error']:active) .control:active {
    background: ${errorFillActive};
    color: ${foregroundOnAccentActive};
  }

  :host([appearance="error"]) .control:${index_js_.focusVisible} {
    outline-color: ${errorFillFocus};
  }
`.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
    :host([appearance='error']) .control {
      forced-color-adjust: none;
      background: ${system_colors_SystemColors.Highlight};
      color: ${system_colors_SystemColors.HighlightText};
    }

    :host([appearance='error']) .control:hover,
    :host([appearance='error']:active) .control:active {
      background: ${system_colors_SystemColors.HighlightText};
      border-color: ${system_colors_SystemColors.Highlight};
      color: ${system_colors_SystemColors.Highlight};
    }

    :host([appearance="error"]) .control:${index_js_.focusVisible} {
      outline-color: ${system_colors_SystemColors.Highlight};
    }

    :host([appearance='error'][href]) .control {
      background: ${system_colors_SystemColors.LinkText};
      color: ${system_colors_SystemColors.HighlightText};
    }

    :host([appearance='error'][href]) .control:hover {
      background: ${system_colors_SystemColors.ButtonFace};
      border-color: ${system_colors_SystemColors.LinkText};
      box-shadow: none;
      color: ${system_colors_SystemColors.LinkText};
      fill: currentColor;
    }

    :host([appearance="error"][href]) .control:${index_js_.focusVisible} {
      outline-color: ${system_colors_SystemColors.HighlightText};
    }
  `));
/**
 * @internal
 */
const HypertextStyles = (0,esm_index_js_.css) `
  :host([appearance='hypertext']) {
    font-size: inherit;
    line-height: inherit;
    height: auto;
    min-width: 0;
    background: transparent;
  }

  :host([appearance='hypertext']) .control {
    display: inline;
    padding: 0;
    border: none;
    box-shadow: none;
    border-radius: 0;
    line-height: 1;
  }

  :host a.control:not(:link) {
    background-color: transparent;
    cursor: default;
  }
  :host([appearance='hypertext']) .control:link,
  :host([appearance='hypertext']) .control:visited {
    background: transparent;
    color: ${accentForegroundRest};
    border-bottom: calc(${strokeWidth} * 1px) solid ${accentForegroundRest};
  }

  :host([appearance='hypertext']:hover),
  :host([appearance='hypertext']) .control:hover {
    background: transparent;
    border-bottom-color: ${accentForegroundHover};
  }

  :host([appearance='hypertext']:active),
  :host([appearance='hypertext']) .control:active {
    background: transparent;
    border-bottom-color: ${accentForegroundActive};
  }

  :host([appearance="hypertext"]) .control:${index_js_.focusVisible} {
    outline-color: transparent;
    border-bottom: calc(${focusStrokeWidth} * 1px) solid ${design_tokens_focusStrokeOuter};
    margin-bottom: calc(calc(${strokeWidth} - ${focusStrokeWidth}) * 1px);
  }
`.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
    :host([appearance='hypertext']:hover) {
      background-color: ${system_colors_SystemColors.ButtonFace};
      color: ${system_colors_SystemColors.ButtonText};
    }
    :host([appearance="hypertext"][href]) .control:hover,
        :host([appearance="hypertext"][href]) .control:active,
        :host([appearance="hypertext"][href]) .control:${index_js_.focusVisible} {
      color: ${system_colors_SystemColors.LinkText};
      border-bottom-color: ${system_colors_SystemColors.LinkText};
      box-shadow: none;
    }
  `));
/**
 * @internal
 */
const LightweightButtonStyles = (0,esm_index_js_.css) `
  :host([appearance='lightweight']) {
    background: transparent;
    color: ${accentForegroundRest};
  }

  :host([appearance='lightweight']) .control {
    padding: 0;
    height: initial;
    border: none;
    box-shadow: none;
    border-radius: 0;
  }

  :host([appearance='lightweight']:hover) {
    background: transparent;
    color: ${accentForegroundHover};
  }

  :host([appearance='lightweight']:active) {
    background: transparent;
    color: ${accentForegroundActive};
  }

  :host([appearance='lightweight']) .content {
    position: relative;
  }

  :host([appearance='lightweight']) .content::before {
    content: '';
    display: block;
    height: calc(${strokeWidth} * 1px);
    position: absolute;
    top: calc(1em + 4px);
    width: 100%;
  }

  :host([appearance='lightweight']:hover) .content::before {
    background: ${accentForegroundHover};
  }

  :host([appearance='lightweight']:active) .content::before {
    background: ${accentForegroundActive};
  }

  :host([appearance="lightweight"]) .control:${index_js_.focusVisible} {
    outline-color: transparent;
  }

  :host([appearance="lightweight"]) .control:${index_js_.focusVisible} .content::before {
    background: ${neutralForegroundRest};
    height: calc(${focusStrokeWidth} * 1px);
  }
`.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
    :host([appearance="lightweight"]) .control:hover,
        :host([appearance="lightweight"]) .control:${index_js_.focusVisible} {
      forced-color-adjust: none;
      background: ${system_colors_SystemColors.ButtonFace};
      color: ${system_colors_SystemColors.Highlight};
    }
    :host([appearance="lightweight"]) .control:hover .content::before,
        :host([appearance="lightweight"]) .control:${index_js_.focusVisible} .content::before {
      background: ${system_colors_SystemColors.Highlight};
    }

    :host([appearance="lightweight"][href]) .control:hover,
        :host([appearance="lightweight"][href]) .control:${index_js_.focusVisible} {
      background: ${system_colors_SystemColors.ButtonFace};
      box-shadow: none;
      color: ${system_colors_SystemColors.LinkText};
    }

    :host([appearance="lightweight"][href]) .control:hover .content::before,
        :host([appearance="lightweight"][href]) .control:${index_js_.focusVisible} .content::before {
      background: ${system_colors_SystemColors.LinkText};
    }
  `));
/**
 * @internal
 */
const OutlineButtonStyles = (0,esm_index_js_.css) `
  :host([appearance='outline']) {
    background: transparent;
    border-color: ${accentFillRest};
  }

  :host([appearance='outline']:hover) {
    border-color: ${accentFillHover};
  }

  :host([appearance='outline']:active) {
    border-color: ${accentFillActive};
  }

  :host([appearance='outline']) .control {
    border-color: inherit;
  }

  :host([appearance="outline"]) .control:${index_js_.focusVisible} {
    outline-color: ${accentFillFocus};
  }
`.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
    :host([appearance='outline']) .control {
      border-color: ${system_colors_SystemColors.ButtonText};
    }
    :host([appearance="outline"]) .control:${index_js_.focusVisible} {
      forced-color-adjust: none;
      background-color: ${system_colors_SystemColors.Highlight};
      outline-color: ${system_colors_SystemColors.ButtonText};
      color: ${system_colors_SystemColors.HighlightText};
      fill: currentColor;
    }
    :host([appearance='outline'][href]) .control {
      background: ${system_colors_SystemColors.ButtonFace};
      border-color: ${system_colors_SystemColors.LinkText};
      color: ${system_colors_SystemColors.LinkText};
      fill: currentColor;
    }
    :host([appearance="outline"][href]) .control:hover,
        :host([appearance="outline"][href]) .control:${index_js_.focusVisible} {
      forced-color-adjust: none;
      outline-color: ${system_colors_SystemColors.LinkText};
    }
  `));
/**
 * @internal
 */
const StealthButtonStyles = (0,esm_index_js_.css) `
  :host([appearance='stealth']),
  :host([appearance='stealth'][disabled]:active),
  :host([appearance='stealth'][disabled]:hover) {
    background: transparent;
  }

  :host([appearance='stealth']:hover) {
    background: ${neutralFillStealthHover};
  }

  :host([appearance='stealth']:active) {
    background: ${neutralFillStealthActive};
  }

  :host([appearance='stealth']) .control:${index_js_.focusVisible} {
    outline-color: ${accentFillFocus};
  }

  /* Make the focus outline displayed within the button if
     it is in a start or end slot; e.g. in a tree item
     This will make the focus outline bounded within the container.
   */
  :host([appearance='stealth'][slot="end"]) .control:${index_js_.focusVisible},
  :host([appearance='stealth'][slot="start"]) .control:${index_js_.focusVisible} {
    outline-offset: -2px;
  }
`.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
    :host([appearance='stealth']),
    :host([appearance='stealth']) .control {
      forced-color-adjust: none;
      background: ${system_colors_SystemColors.ButtonFace};
      border-color: transparent;
      color: ${system_colors_SystemColors.ButtonText};
      fill: currentColor;
    }

    :host([appearance='stealth']:hover) .control {
      background: ${system_colors_SystemColors.Highlight};
      border-color: ${system_colors_SystemColors.Highlight};
      color: ${system_colors_SystemColors.HighlightText};
      fill: currentColor;
    }

    :host([appearance="stealth"]:${index_js_.focusVisible}) .control {
      outline-color: ${system_colors_SystemColors.Highlight};
      color: ${system_colors_SystemColors.HighlightText};
      fill: currentColor;
    }

    :host([appearance='stealth'][href]) .control {
      color: ${system_colors_SystemColors.LinkText};
    }

    :host([appearance="stealth"][href]:hover) .control,
        :host([appearance="stealth"][href]:${index_js_.focusVisible}) .control {
      background: ${system_colors_SystemColors.LinkText};
      border-color: ${system_colors_SystemColors.LinkText};
      color: ${system_colors_SystemColors.HighlightText};
      fill: currentColor;
    }

    :host([appearance="stealth"][href]:${index_js_.focusVisible}) .control {
      forced-color-adjust: none;
      box-shadow: 0 0 0 1px ${system_colors_SystemColors.LinkText};
    }
  `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/utilities/behaviors.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.

/**
 * Behavior that will conditionally apply a stylesheet based on the elements
 * appearance property
 *
 * @param value - The value of the appearance property
 * @param styles - The styles to be applied when condition matches
 *
 * @public
 */
function appearanceBehavior(value, styles) {
    return new index_js_.PropertyStyleSheetBehavior('appearance', value, styles);
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/anchor/anchor.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Styles for Anchor
 * @public
 */
const anchorStyles = (context, definition) => (0,esm_index_js_.css) `
    ${BaseButtonStyles}
  `.withBehaviors(appearanceBehavior('accent', AccentButtonStyles), appearanceBehavior('hypertext', HypertextStyles), appearanceBehavior('lightweight', LightweightButtonStyles), appearanceBehavior('outline', OutlineButtonStyles), appearanceBehavior('stealth', StealthButtonStyles));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/anchor/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Anchor class
 * @public
 * @tagname jp-anchor
 */
class JupyterAnchor extends index_js_.Anchor {
    appearanceChanged(oldValue, newValue) {
        if (this.$fastController.isConnected) {
            this.classList.remove(oldValue);
            this.classList.add(newValue);
        }
    }
    connectedCallback() {
        super.connectedCallback();
        if (!this.appearance) {
            this.appearance = 'neutral';
        }
    }
    /**
     * Applies 'icon-only' class when there is only an SVG in the default slot
     *
     * @internal
     *
     */
    defaultSlottedContentChanged(oldValue, newValue) {
        const slottedElements = this.defaultSlottedContent.filter(x => x.nodeType === Node.ELEMENT_NODE);
        if (slottedElements.length === 1 &&
            slottedElements[0] instanceof SVGElement) {
            this.control.classList.add('icon-only');
        }
        else {
            this.control.classList.remove('icon-only');
        }
    }
}
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], JupyterAnchor.prototype, "appearance", void 0);
/**
 * A function that returns a {@link @microsoft/fast-foundation#Anchor} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#anchorTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-anchor>`
 *
 * {@link https://developer.mozilla.org/en-US/docs/Web/API/ShadowRoot/delegatesFocus | delegatesFocus}
 */
const jpAnchor = JupyterAnchor.compose({
    baseName: 'anchor',
    baseClass: index_js_.Anchor,
    template: index_js_.anchorTemplate,
    styles: anchorStyles,
    shadowOptions: {
        delegatesFocus: true
    }
});



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/anchored-region/anchored-region.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.

/**
 * Styles for AnchoredRegion
 * @public
 */
const anchoredRegionStyles = (context, definition) => (0,esm_index_js_.css) `
  :host {
    contain: layout;
    display: block;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/anchored-region/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Anchored region class
 *
 * @public
 * @tagname jp-anchored-region
 */
class JupyterAnchoredRegion extends index_js_.AnchoredRegion {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#AnchoredRegion} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#anchoredRegionTemplate}
 *
 *
 * @beta
 * @remarks
 * Generates HTML Element: `<jp-anchored-region>`
 */
const jpAnchoredRegion = JupyterAnchoredRegion.compose({
    baseName: 'anchored-region',
    baseClass: index_js_.AnchoredRegion,
    template: index_js_.anchoredRegionTemplate,
    styles: anchoredRegionStyles
});



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/styles/direction.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.

/**
 * Behavior to conditionally apply LTR and RTL stylesheets. To determine which to apply,
 * the behavior will use the nearest DesignSystemProvider's 'direction' design system value.
 *
 * @public
 * @example
 * ```ts
 * import { css } from "@microsoft/fast-element";
 * import { DirectionalStyleSheetBehavior } from "@microsoft/fast-foundation";
 *
 * css`
 *  // ...
 * `.withBehaviors(new DirectionalStyleSheetBehavior(
 *   css`:host { content: "ltr"}`),
 *   css`:host { content: "rtl"}`),
 * )
 * ```
 */
class DirectionalStyleSheetBehavior {
    constructor(ltr, rtl) {
        this.cache = new WeakMap();
        this.ltr = ltr;
        this.rtl = rtl;
    }
    /**
     * @internal
     */
    bind(source) {
        this.attach(source);
    }
    /**
     * @internal
     */
    unbind(source) {
        const cache = this.cache.get(source);
        if (cache) {
            design_tokens_direction.unsubscribe(cache);
        }
    }
    attach(source) {
        const subscriber = this.cache.get(source) ||
            new DirectionalStyleSheetBehaviorSubscription(this.ltr, this.rtl, source);
        const value = design_tokens_direction.getValueFor(source);
        design_tokens_direction.subscribe(subscriber);
        subscriber.attach(value);
        this.cache.set(source, subscriber);
    }
}
/**
 * Subscription for {@link DirectionalStyleSheetBehavior}
 */
class DirectionalStyleSheetBehaviorSubscription {
    constructor(ltr, rtl, source) {
        this.ltr = ltr;
        this.rtl = rtl;
        this.source = source;
        this.attached = null;
    }
    handleChange({ target, token }) {
        this.attach(token.getValueFor(target));
    }
    attach(direction) {
        if (this.attached !== this[direction]) {
            if (this.attached !== null) {
                this.source.$fastController.removeStyles(this.attached);
            }
            this.attached = this[direction];
            if (this.attached !== null) {
                this.source.$fastController.addStyles(this.attached);
            }
        }
    }
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/avatar/avatar.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




const avatar_styles_rtl = (context, definition) => (0,esm_index_js_.css) `
  ::slotted(${context.tagFor(index_js_.Badge)}) {
    left: 0;
  }
`;
const avatar_styles_ltr = (context, definition) => (0,esm_index_js_.css) `
  ::slotted(${context.tagFor(index_js_.Badge)}) {
    right: 0;
  }
`;
/**
 * Styles for Avatar
 * @public
 */
const avatarStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('flex')} :host {
      position: relative;
      height: var(--avatar-size, var(--avatar-size-default));
      width: var(--avatar-size, var(--avatar-size-default));
      --avatar-size-default: calc(
        (
            (${baseHeightMultiplier} + ${density}) * ${designUnit} +
              ((${designUnit} * 8) - 40)
          ) * 1px
      );
      --avatar-text-size: ${typeRampBaseFontSize};
      --avatar-text-ratio: ${designUnit};
    }

    .link {
      text-decoration: none;
      color: ${neutralForegroundRest};
      display: flex;
      flex-direction: row;
      justify-content: center;
      align-items: center;
      min-width: 100%;
    }

    .square {
      border-radius: calc(${controlCornerRadius} * 1px);
      min-width: 100%;
      overflow: hidden;
    }

    .circle {
      border-radius: 100%;
      min-width: 100%;
      overflow: hidden;
    }

    .backplate {
      position: relative;
      display: flex;
      background-color: ${accentFillRest};
    }

    .media,
    ::slotted(img) {
      max-width: 100%;
      position: absolute;
      display: block;
    }

    .content {
      font-size: calc(
        (
            var(--avatar-text-size) +
              var(--avatar-size, var(--avatar-size-default))
          ) / var(--avatar-text-ratio)
      );
      line-height: var(--avatar-size, var(--avatar-size-default));
      display: block;
      min-height: var(--avatar-size, var(--avatar-size-default));
    }

    ::slotted(${context.tagFor(index_js_.Badge)}) {
      position: absolute;
      display: block;
    }
  `.withBehaviors(new DirectionalStyleSheetBehavior(avatar_styles_ltr(context, definition), avatar_styles_rtl(context, definition)));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/avatar/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Jupyter Avatar Class
 *
 * @public
 * @tagname jp-avatar
 */
class JupyterAvatar extends index_js_.Avatar {
}
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ attribute: 'src' })
], JupyterAvatar.prototype, "imgSrc", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], JupyterAvatar.prototype, "alt", void 0);
/**
 * The Jupyter Avatar Template for Images
 *  @public
 *
 */
const imgTemplate = (0,esm_index_js_.html) `
  ${(0,esm_index_js_.when)(x => x.imgSrc, (0,esm_index_js_.html) `
      <img
        src="${x => x.imgSrc}"
        alt="${x => x.alt}"
        slot="media"
        class="media"
        part="media"
      />
    `)}
`;
/**
 * A function that returns a {@link @microsoft/fast-foundation#Avatar} registration for configuring the component with a DesignSystem.
 *  {@link @microsoft/fast-foundation#avatarTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-avatar>`
 */
const jpAvatar = JupyterAvatar.compose({
    baseName: 'avatar',
    baseClass: index_js_.Avatar,
    template: index_js_.avatarTemplate,
    styles: avatarStyles,
    media: imgTemplate,
    shadowOptions: {
        delegatesFocus: true
    }
});



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/badge/badge.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Styles for Badge
 * @public
 */
const badgeStyles = (context, definition) => (0,esm_index_js_.css) `
  ${(0,index_js_.display)('inline-block')} :host {
    box-sizing: border-box;
    font-family: ${bodyFont};
    font-size: ${typeRampMinus1FontSize};
    line-height: ${typeRampMinus1LineHeight};
  }

  .control {
    border-radius: calc(${controlCornerRadius} * 1px);
    padding: calc(((${designUnit} * 0.5) - ${strokeWidth}) * 1px)
      calc((${designUnit} - ${strokeWidth}) * 1px);
    color: ${neutralForegroundRest};
    font-weight: 600;
    border: calc(${strokeWidth} * 1px) solid transparent;
    background-color: ${neutralFillRest};
  }

  .control[style] {
    font-weight: 400;
  }

  :host([circular]) .control {
    border-radius: 100px;
    padding: 0 calc(${designUnit} * 1px);
    height: calc((${heightNumber} - (${designUnit} * 3)) * 1px);
    min-width: calc((${heightNumber} - (${designUnit} * 3)) * 1px);
    display: flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/badge/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Badge class
 *
 * @public
 * @tagname jp-badge
 */
class JupyterBadge extends index_js_.Badge {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Badge} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#badgeTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-badge>`
 */
const jpBadge = JupyterBadge.compose({
    baseName: 'badge',
    baseClass: index_js_.Badge,
    template: index_js_.badgeTemplate,
    styles: badgeStyles
});



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/breadcrumb/breadcrumb.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Styles for Breadcrumb
 * @public
 */
const breadcrumbStyles = (context, definition) => (0,esm_index_js_.css) `
  ${(0,index_js_.display)('inline-block')} :host {
    box-sizing: border-box;
    font-family: ${bodyFont};
    font-size: ${typeRampBaseFontSize};
    line-height: ${typeRampBaseLineHeight};
  }

  .list {
    display: flex;
    flex-wrap: wrap;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/breadcrumb/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Breadcrumb class
 *
 * @public
 * @tagname jp-breadcrumb
 */
class JupyterBreadcrumb extends index_js_.Breadcrumb {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Breadcrumb} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#breadcrumbTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-breadcrumb>`
 */
const jpBreadcrumb = JupyterBreadcrumb.compose({
    baseName: 'breadcrumb',
    baseClass: index_js_.Breadcrumb,
    template: index_js_.breadcrumbTemplate,
    styles: breadcrumbStyles
});



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/breadcrumb-item/breadcrumb-item.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Breadcrumb item
 * @public
 */
const breadcrumbItemStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('inline-flex')} :host {
        background: transparent;
        box-sizing: border-box;
        font-family: ${bodyFont};
        font-size: ${typeRampBaseFontSize};
        fill: currentColor;
        line-height: ${typeRampBaseLineHeight};
        min-width: calc(${heightNumber} * 1px);
        outline: none;
        color: ${neutralForegroundRest}
    }

    .listitem {
        display: flex;
        align-items: center;
        width: max-content;
    }

    .separator {
        margin: 0 6px;
        display: flex;
    }

    .control {
        align-items: center;
        box-sizing: border-box;
        color: ${accentForegroundRest};
        cursor: pointer;
        display: flex;
        fill: inherit;
        outline: none;
        text-decoration: none;
        white-space: nowrap;
    }

    .control:hover {
        color: ${accentForegroundHover};
    }

    .control:active {
        color: ${accentForegroundActive};
    }

    .control .content {
        position: relative;
    }

    .control .content::before {
        content: "";
        display: block;
        height: calc(${strokeWidth} * 1px);
        left: 0;
        position: absolute;
        right: 0;
        top: calc(1em + 4px);
        width: 100%;
    }

    .control:hover .content::before {
        background: ${accentForegroundHover};
    }

    .control:active .content::before {
        background: ${accentForegroundActive};
    }

    .control:${index_js_.focusVisible} .content::before {
        background: ${accentForegroundFocus};
        height: calc(${focusStrokeWidth} * 1px);
    }

    .control:not([href]) {
        color: ${neutralForegroundRest};
        cursor: default;
    }

    .control:not([href]) .content::before {
        background: none;
    }

    .start,
    .end {
        display: flex;
    }

    ::slotted(svg),
    ::slotted(jp-icon) {
        /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
        width: 16px;
        height: 16px;
    }

    .start {
        margin-inline-end: 6px;
    }

    .end {
        margin-inline-start: 6px;
    }
`.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      .control:hover .content::before,
                .control:${index_js_.focusVisible} .content::before {
        background: ${system_colors_SystemColors.LinkText};
      }
      .start,
      .end {
        fill: ${system_colors_SystemColors.ButtonText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/breadcrumb-item/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Breadcrumb item class
 *
 * @public
 * @tagname jp-breadcrumb-item
 */
class JupyterBreadcrumbItem extends index_js_.BreadcrumbItem {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#BreadcrumbItem} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#breadcrumbItemTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-breadcrumb-item>`
 */
const jpBreadcrumbItem = JupyterBreadcrumbItem.compose({
    baseName: 'breadcrumb-item',
    baseClass: index_js_.BreadcrumbItem,
    template: index_js_.breadcrumbItemTemplate,
    styles: breadcrumbItemStyles,
    separator: '/',
    shadowOptions: {
        delegatesFocus: true
    }
});



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/button/button.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.






/**
 * Styles for Button
 * @public
 */
const buttonStyles = (context, definition) => (0,esm_index_js_.css) `
    :host([disabled]),
    :host([disabled]:hover),
    :host([disabled]:active) {
      opacity: ${disabledOpacity};
      background-color: ${neutralFillRest};
      cursor: ${index_js_.disabledCursor};
    }

    ${BaseButtonStyles}
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host([disabled]),
      :host([disabled]) .control,
      :host([disabled]:hover),
      :host([disabled]:active) {
        forced-color-adjust: none;
        background-color: ${system_colors_SystemColors.ButtonFace};
        outline-color: ${system_colors_SystemColors.GrayText};
        color: ${system_colors_SystemColors.GrayText};
        cursor: ${index_js_.disabledCursor};
        opacity: 1;
      }
    `), appearanceBehavior('accent', (0,esm_index_js_.css) `
        :host([appearance='accent'][disabled]),
        :host([appearance='accent'][disabled]:hover),
        :host([appearance='accent'][disabled]:active) {
          background: ${accentFillRest};
        }

        ${AccentButtonStyles}
      `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
          :host([appearance='accent'][disabled]) .control,
          :host([appearance='accent'][disabled]) .control:hover {
            background: ${system_colors_SystemColors.ButtonFace};
            border-color: ${system_colors_SystemColors.GrayText};
            color: ${system_colors_SystemColors.GrayText};
          }
        `))), appearanceBehavior('error', (0,esm_index_js_.css) `
        :host([appearance='error'][disabled]),
        :host([appearance='error'][disabled]:hover),
        :host([appearance='error'][disabled]:active) {
          background: ${errorFillRest};
        }

        ${ErrorButtonStyles}
      `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
          :host([appearance='error'][disabled]) .control,
          :host([appearance='error'][disabled]) .control:hover {
            background: ${system_colors_SystemColors.ButtonFace};
            border-color: ${system_colors_SystemColors.GrayText};
            color: ${system_colors_SystemColors.GrayText};
          }
        `))), appearanceBehavior('lightweight', (0,esm_index_js_.css) `
        :host([appearance='lightweight'][disabled]:hover),
        :host([appearance='lightweight'][disabled]:active) {
          background-color: transparent;
          color: ${accentForegroundRest};
        }

        :host([appearance='lightweight'][disabled]) .content::before,
        :host([appearance='lightweight'][disabled]:hover) .content::before,
        :host([appearance='lightweight'][disabled]:active) .content::before {
          background: transparent;
        }

        ${LightweightButtonStyles}
      `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
          :host([appearance='lightweight'].disabled) .control {
            forced-color-adjust: none;
            color: ${system_colors_SystemColors.GrayText};
          }

          :host([appearance='lightweight'].disabled)
            .control:hover
            .content::before {
            background: none;
          }
        `))), appearanceBehavior('outline', (0,esm_index_js_.css) `
        :host([appearance='outline'][disabled]),
        :host([appearance='outline'][disabled]:hover),
        :host([appearance='outline'][disabled]:active) {
          background: transparent;
          border-color: ${accentFillRest};
        }

        ${OutlineButtonStyles}
      `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
          :host([appearance='outline'][disabled]) .control {
            border-color: ${system_colors_SystemColors.GrayText};
          }
        `))), appearanceBehavior('stealth', (0,esm_index_js_.css) `
        ${StealthButtonStyles}
      `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
          :host([appearance='stealth'][disabled]) {
            background: ${system_colors_SystemColors.ButtonFace};
          }

          :host([appearance='stealth'][disabled]) .control {
            background: ${system_colors_SystemColors.ButtonFace};
            border-color: transparent;
            color: ${system_colors_SystemColors.GrayText};
          }
        `))));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/icon/icon.styles.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.



/**
 * Styles for Badge
 * @public
 */
const iconStyles = (0,esm_index_js_.css) `
  ${(0,index_js_.display)('inline-block')} :host {
    inline-size: ${heightNumber};
    block-size: ${heightNumber};
  }

  :host svg {
    display: block;
    width: 100%;
    height: 100%;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/icon/index.js
var Icon_1;



/**
 * Icon component
 *
 * Icon must first be registered: `Icon.register({ name, svgStr });`
 *
 * Then you can use it with `<jp-icon name="{name}"></jp-icon>` .
 *
 * To style your icon, you should set `fill` and/or `stroke` attributes to `currentColor`.
 * Then the icon will be colored with the active text color.
 */
let icon_Icon = Icon_1 = class Icon extends esm_index_js_.FASTElement {
    /**
     * Register a new icon.
     *
     * @param options Icon definition
     */
    static register(options) {
        if (Icon_1.iconsMap.has(options.name)) {
            console.warn(`Redefining previously loaded icon svgStr. name: ${options.name}, svgStrOld: ${Icon_1.iconsMap.get(options.name)}, svgStr: ${options.svgStr}`);
        }
        Icon_1.iconsMap.set(options.name, esm_index_js_.DOM.createHTML(options.svgStr));
        // Rerender all existing icons with the same name
        document === null || document === void 0 ? void 0 : document.querySelectorAll(`jp-icon[name="${options.name}"]`).forEach((node) => {
            node.setAttribute('name', '');
            node.setAttribute('name', options.name);
        });
    }
    /**
     * Set the default icon.
     *
     * @param svgStr The SVG string to be used as the default icon.
     */
    static setDefaultIcon(svgStr) {
        Icon_1._defaultIcon = svgStr;
    }
    /**
     * Default icon
     *
     * This icon will be displayed if the {@link name} does not match any known
     * icon names.
     */
    static defaultIcon() {
        return Icon_1._defaultIcon;
    }
    nameChanged() {
        if (this.shadowRoot) {
            this.shadowRoot.innerHTML = this.getSvg();
        }
    }
    /**
     * The connected callback for this FASTElement.
     * @remarks
     * This method is invoked by the platform whenever this FASTElement
     * becomes connected to the document.
     */
    connectedCallback() {
        super.connectedCallback();
        this.nameChanged();
    }
    /**
     * Get the icon SVG
     */
    getSvg() {
        var _a;
        return (_a = Icon_1.iconsMap.get(this.name)) !== null && _a !== void 0 ? _a : Icon_1.defaultIcon();
    }
};
icon_Icon.iconsMap = new Map();
icon_Icon._defaultIcon = esm_index_js_.DOM.createHTML(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16">
    <path
      d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm-1-13h2v6h-2zm0 8h2v2h-2z"
      fill="currentColor"
    />
  </svg>`);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], icon_Icon.prototype, "name", void 0);
icon_Icon = Icon_1 = (0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.customElement)({
        name: 'jp-icon',
        styles: iconStyles
    })
], icon_Icon);



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/button/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Button class
 *
 * @public
 * @tagname jp-button
 */
class JupyterButton extends index_js_.Button {
    constructor() {
        super(...arguments);
        /**
         * The appearance the button should have.
         *
         * @public
         * @remarks
         * HTML Attribute: appearance
         */
        this.appearance = 'neutral';
    }
    /**
     * Applies 'icon-only' class when there is only an SVG in the default slot
     *
     * @public
     * @remarks
     */
    defaultSlottedContentChanged(oldValue, newValue) {
        const slottedElements = this.defaultSlottedContent.filter(x => x.nodeType === Node.ELEMENT_NODE);
        if (slottedElements.length === 1 &&
            (slottedElements[0] instanceof icon_Icon ||
                slottedElements[0] instanceof SVGElement)) {
            this.control.classList.add('icon-only');
        }
        else {
            this.control.classList.remove('icon-only');
        }
    }
}
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], JupyterButton.prototype, "appearance", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ attribute: 'minimal', mode: 'boolean' })
], JupyterButton.prototype, "minimal", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], JupyterButton.prototype, "scale", void 0);
/**
 * A function that returns a {@link @microsoft/fast-foundation#Button} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#buttonTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-button>`
 *
 * {@link https://developer.mozilla.org/en-US/docs/Web/API/ShadowRoot/delegatesFocus | delegatesFocus}
 */
const jpButton = JupyterButton.compose({
    baseName: 'button',
    baseClass: index_js_.Button,
    template: index_js_.buttonTemplate,
    styles: buttonStyles,
    shadowOptions: {
        delegatesFocus: true
    }
});



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/styles/elevation.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.
/**
 * Define shadow algorithms.
 *
 * TODO: The --background-luminance will need to be derived from JavaScript. For now
 * this is hard-coded to a 1, the relative luminance of pure white.
 * https://github.com/microsoft/fast/issues/2778
 *
 * @internal
 */
const ambientShadow = '0 0 calc((var(--elevation) * 0.225px) + 2px) rgba(0, 0, 0, calc(.11 * (2 - var(--background-luminance, 1))))';
/**
 * @internal
 */
const directionalShadow = '0 calc(var(--elevation) * 0.4px) calc((var(--elevation) * 0.9px)) rgba(0, 0, 0, calc(.13 * (2 - var(--background-luminance, 1))))';
/**
 * Applies the box-shadow CSS rule set to the elevation formula.
 * Control this formula with the --elevation CSS Custom Property
 * by setting --elevation to a number.
 */
const elevation = `box-shadow: ${ambientShadow}, ${directionalShadow};`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/card/card.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Card
 * @public
 */
const cardStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('block')} :host {
      --elevation: 4;
      display: block;
      contain: content;
      height: var(--card-height, 100%);
      width: var(--card-width, 100%);
      box-sizing: border-box;
      background: ${fillColor};
      border-radius: calc(${controlCornerRadius} * 1px);
      ${elevation}
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host {
        forced-color-adjust: none;
        background: ${system_colors_SystemColors.Canvas};
        box-shadow: 0 0 0 1px ${system_colors_SystemColors.CanvasText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/card/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Card class
 *
 * @public
 * @tagname jp-card
 */
class JupyterCard extends index_js_.Card {
    connectedCallback() {
        super.connectedCallback();
        const parent = (0,index_js_.composedParent)(this);
        if (parent) {
            fillColor.setValueFor(this, (target) => neutralFillLayerRecipe.getValueFor(target)
                .evaluate(target, fillColor.getValueFor(parent)));
        }
    }
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Card} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#cardTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-card>`
 */
const jpCard = JupyterCard.compose({
    baseName: 'card',
    baseClass: index_js_.Card,
    template: index_js_.cardTemplate,
    styles: cardStyles
});



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/checkbox/checkbox.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Checkbox
 * @public
 */
const checkboxStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('inline-flex')} :host {
      align-items: center;
      outline: none;
      margin: calc(${designUnit} * 1px) 0;
      /* Chromium likes to select label text or the default slot when the checkbox is
            clicked. Maybe there is a better solution here? */
      user-select: none;
    }

    .control {
      position: relative;
      width: calc((${heightNumber} / 2 + ${designUnit}) * 1px);
      height: calc((${heightNumber} / 2 + ${designUnit}) * 1px);
      box-sizing: border-box;
      border-radius: calc(${controlCornerRadius} * 1px);
      border: calc(${strokeWidth} * 1px) solid ${neutralStrokeRest};
      background: ${neutralFillInputRest};
      outline: none;
      cursor: pointer;
    }

    :host([aria-invalid='true']) .control {
      border-color: ${errorFillRest};
    }

    .label {
      font-family: ${bodyFont};
      color: ${neutralForegroundRest};
      /* Need to discuss with Brian how HorizontalSpacingNumber can work.
            https://github.com/microsoft/fast/issues/2766 */
      padding-inline-start: calc(${designUnit} * 2px + 2px);
      margin-inline-end: calc(${designUnit} * 2px + 2px);
      cursor: pointer;
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
    }

    .label__hidden {
      display: none;
      visibility: hidden;
    }

    .checked-indicator {
      width: 100%;
      height: 100%;
      display: block;
      fill: ${foregroundOnAccentRest};
      opacity: 0;
      pointer-events: none;
    }

    .indeterminate-indicator {
      border-radius: calc(${controlCornerRadius} * 1px);
      background: ${foregroundOnAccentRest};
      position: absolute;
      top: 50%;
      left: 50%;
      width: 50%;
      height: 50%;
      transform: translate(-50%, -50%);
      opacity: 0;
    }

    :host(:not([disabled])) .control:hover {
      background: ${neutralFillInputHover};
      border-color: ${neutralStrokeHover};
    }

    :host(:not([disabled])) .control:active {
      background: ${neutralFillInputActive};
      border-color: ${neutralStrokeActive};
    }

    :host([aria-invalid='true']:not([disabled])) .control:hover {
      border-color: ${errorFillHover};
    }

    :host([aria-invalid='true']:not([disabled])) .control:active {
      border-color: ${errorFillActive};
    }

    :host(:${index_js_.focusVisible}) .control {
      outline: calc(${focusStrokeWidth} * 1px) solid ${accentFillFocus};
      outline-offset: 2px;
    }

    :host([aria-invalid='true']:${index_js_.focusVisible}) .control {
      outline-color: ${errorFillFocus};
    }

    :host([aria-checked='true']) .control {
      background: ${accentFillRest};
      border: calc(${strokeWidth} * 1px) solid ${accentFillRest};
    }

    :host([aria-checked='true']:not([disabled])) .control:hover {
      background: ${accentFillHover};
      border: calc(${strokeWidth} * 1px) solid ${accentFillHover};
    }

    :host([aria-invalid='true'][aria-checked='true']) .control {
      background-color: ${errorFillRest};
      border-color: ${errorFillRest};
    }

    :host([aria-invalid='true'][aria-checked='true']:not([disabled]))
      .control:hover {
      background-color: ${errorFillHover};
      border-color: ${errorFillHover};
    }

    :host([aria-checked='true']:not([disabled]))
      .control:hover
      .checked-indicator {
      fill: ${foregroundOnAccentHover};
    }

    :host([aria-checked='true']:not([disabled]))
      .control:hover
      .indeterminate-indicator {
      background: ${foregroundOnAccentHover};
    }

    :host([aria-checked='true']:not([disabled])) .control:active {
      background: ${accentFillActive};
      border: calc(${strokeWidth} * 1px) solid ${accentFillActive};
    }

    :host([aria-invalid='true'][aria-checked='true']:not([disabled]))
      .control:active {
      background-color: ${errorFillActive};
      border-color: ${errorFillActive};
    }

    :host([aria-checked='true']:not([disabled]))
      .control:active
      .checked-indicator {
      fill: ${foregroundOnAccentActive};
    }

    :host([aria-checked='true']:not([disabled]))
      .control:active
      .indeterminate-indicator {
      background: ${foregroundOnAccentActive};
    }

    :host([aria-checked="true"]:${index_js_.focusVisible}:not([disabled])) .control {
      outline: calc(${focusStrokeWidth} * 1px) solid ${accentFillFocus};
      outline-offset: 2px;
    }

    :host([aria-invalid='true'][aria-checked="true"]:${index_js_.focusVisible}:not([disabled])) .control {
      outline-color: ${errorFillFocus};
    }

    :host([disabled]) .label,
    :host([readonly]) .label,
    :host([readonly]) .control,
    :host([disabled]) .control {
      cursor: ${index_js_.disabledCursor};
    }

    :host([aria-checked='true']:not(.indeterminate)) .checked-indicator,
    :host(.indeterminate) .indeterminate-indicator {
      opacity: 1;
    }

    :host([disabled]) {
      opacity: ${disabledOpacity};
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      .control {
        forced-color-adjust: none;
        border-color: ${system_colors_SystemColors.FieldText};
        background: ${system_colors_SystemColors.Field};
      }
      :host([aria-invalid='true']) .control {
        border-style: dashed;
      }
      .checked-indicator {
        fill: ${system_colors_SystemColors.FieldText};
      }
      .indeterminate-indicator {
        background: ${system_colors_SystemColors.FieldText};
      }
      :host(:not([disabled])) .control:hover,
      .control:active {
        border-color: ${system_colors_SystemColors.Highlight};
        background: ${system_colors_SystemColors.Field};
      }
      :host(:${index_js_.focusVisible}) .control {
        outline: calc(${focusStrokeWidth} * 1px) solid ${system_colors_SystemColors.FieldText};
        outline-offset: 2px;
      }
      :host([aria-checked="true"]:${index_js_.focusVisible}:not([disabled])) .control {
        outline: calc(${focusStrokeWidth} * 1px) solid ${system_colors_SystemColors.FieldText};
        outline-offset: 2px;
      }
      :host([aria-checked='true']) .control {
        background: ${system_colors_SystemColors.Highlight};
        border-color: ${system_colors_SystemColors.Highlight};
      }
      :host([aria-checked='true']:not([disabled])) .control:hover,
      .control:active {
        border-color: ${system_colors_SystemColors.Highlight};
        background: ${system_colors_SystemColors.HighlightText};
      }
      :host([aria-checked='true']) .checked-indicator {
        fill: ${system_colors_SystemColors.HighlightText};
      }
      :host([aria-checked='true']:not([disabled]))
        .control:hover
        .checked-indicator {
        fill: ${system_colors_SystemColors.Highlight};
      }
      :host([aria-checked='true']) .indeterminate-indicator {
        background: ${system_colors_SystemColors.HighlightText};
      }
      :host([aria-checked='true']) .control:hover .indeterminate-indicator {
        background: ${system_colors_SystemColors.Highlight};
      }
      :host([disabled]) {
        opacity: 1;
      }
      :host([disabled]) .control {
        forced-color-adjust: none;
        border-color: ${system_colors_SystemColors.GrayText};
        background: ${system_colors_SystemColors.Field};
      }
      :host([disabled]) .indeterminate-indicator,
      :host([aria-checked='true'][disabled])
        .control:hover
        .indeterminate-indicator {
        forced-color-adjust: none;
        background: ${system_colors_SystemColors.GrayText};
      }
      :host([disabled]) .checked-indicator,
      :host([aria-checked='true'][disabled]) .control:hover .checked-indicator {
        forced-color-adjust: none;
        fill: ${system_colors_SystemColors.GrayText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/checkbox/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * The template for the {@link @microsoft/fast-foundation#(Checkbox:class)} component.
 * @public
 */
const checkboxTemplate = (context, definition) => (0,esm_index_js_.html) `
  <template
    role="checkbox"
    aria-checked="${x => x.checked}"
    aria-required="${x => x.required}"
    aria-disabled="${x => x.disabled}"
    aria-readonly="${x => x.readOnly}"
    tabindex="${x => (x.disabled ? null : 0)}"
    @keypress="${(x, c) => x.keypressHandler(c.event)}"
    @click="${(x, c) => x.clickHandler(c.event)}"
  >
    <div part="control" class="control">
      <slot name="checked-indicator">
        ${definition.checkedIndicator || ''}
      </slot>
      <slot name="indeterminate-indicator">
        ${definition.indeterminateIndicator || ''}
      </slot>
    </div>
    <label
      part="label"
      class="${x => x.defaultSlottedNodes && x.defaultSlottedNodes.length
    ? 'label'
    : 'label label__hidden'}"
    >
      <slot ${(0,esm_index_js_.slotted)('defaultSlottedNodes')}></slot>
    </label>
  </template>
`;
/**
 * Checkbox class
 *
 * @public
 * @tagname jp-checkbox
 */
class JupyterCheckbox extends index_js_.Checkbox {
    indeterminateChanged(prev, next) {
        if (this.indeterminate) {
            this.classList.add('indeterminate');
        }
        else {
            this.classList.remove('indeterminate');
        }
    }
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Checkbox} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#checkboxTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-checkbox>`
 */
const jpCheckbox = JupyterCheckbox.compose({
    baseName: 'checkbox',
    baseClass: index_js_.Checkbox,
    template: checkboxTemplate,
    styles: checkboxStyles,
    checkedIndicator: /* html */ `
        <svg
            part="checked-indicator"
            class="checked-indicator"
            viewBox="0 0 20 20"
            xmlns="http://www.w3.org/2000/svg"
        >
            <path
                fill-rule="evenodd"
                clip-rule="evenodd"
                d="M8.143 12.6697L15.235 4.5L16.8 5.90363L8.23812 15.7667L3.80005 11.2556L5.27591 9.7555L8.143 12.6697Z"
            />
        </svg>
    `,
    indeterminateIndicator: /* html */ `
        <div part="indeterminate-indicator" class="indeterminate-indicator"></div>
    `
});



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/listbox/listbox.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Listbox
 * @public
 */
const listboxStyles = (context, definition) => {
    const ListboxOptionTag = context.tagFor(index_js_.ListboxOption);
    const hostContext = context.name === context.tagFor(index_js_.ListboxElement) ? '' : '.listbox';
    // The expression interpolations present in this block cause Prettier to generate
    // various formatting bugs.
    // prettier-ignore
    return (0,esm_index_js_.css) `
        ${!hostContext ? (0,index_js_.display)('inline-flex') : ''}

        :host ${hostContext} {
            background: ${fillColor};
            border: calc(${strokeWidth} * 1px) solid ${neutralStrokeRest};
            border-radius: calc(${controlCornerRadius} * 1px);
            box-sizing: border-box;
            flex-direction: column;
            padding: calc(${designUnit} * 1px) 0;
        }

        ${!hostContext ? (0,esm_index_js_.css) `
:host(:${index_js_.focusVisible}:not([disabled])) {
                outline: none;
            }

            :host(:focus-within:not([disabled])) {
                border-color: ${design_tokens_focusStrokeOuter};
                box-shadow: 0 0 0
                    calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
                    ${design_tokens_focusStrokeOuter} inset;
            }

            :host([disabled]) ::slotted(*) {
                cursor: ${index_js_.disabledCursor};
                opacity: ${disabledOpacity};
                pointer-events: none;
            }
        ` : ''}

        ${hostContext || ':host([size])'} {
            max-height: calc(
                (var(--size) * ${heightNumber} + (${designUnit} * ${strokeWidth} * 2)) * 1px
            );
            overflow-y: auto;
        }

        :host([size="0"]) ${hostContext} {
            max-height: none;
        }
    `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
                :host(:not([multiple]):${index_js_.focusVisible}) ::slotted(${ListboxOptionTag}[aria-selected="true"]),
                :host([multiple]:${index_js_.focusVisible}) ::slotted(${ListboxOptionTag}[aria-checked="true"]) {
                    border-color: ${system_colors_SystemColors.ButtonText};
                    box-shadow: 0 0 0 calc(${focusStrokeWidth} * 1px) inset ${system_colors_SystemColors.HighlightText};
                }

                :host(:not([multiple]):${index_js_.focusVisible}) ::slotted(${ListboxOptionTag}[aria-selected="true"]) {
                    background: ${system_colors_SystemColors.Highlight};
                    color: ${system_colors_SystemColors.HighlightText};
                    fill: currentcolor;
                }

                ::slotted(${ListboxOptionTag}[aria-selected="true"]:not([aria-checked="true"])) {
                    background: ${system_colors_SystemColors.Highlight};
                    border-color: ${system_colors_SystemColors.HighlightText};
                    color: ${system_colors_SystemColors.HighlightText};
                }
            `));
};

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/select/select.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.







/**
 * Styles for Select.
 *
 * @public
 */
const selectStyles = (context, definition) => {
    const selectContext = context.name === context.tagFor(index_js_.Select);
    // The expression interpolations present in this block cause Prettier to generate
    // various formatting bugs.
    // prettier-ignore
    return (0,esm_index_js_.css) `
  ${(0,index_js_.display)('inline-flex')}
  
  :host {
    --elevation: 14;
    background: ${neutralFillInputRest};
    border-radius: calc(${controlCornerRadius} * 1px);
    border: calc(${strokeWidth} * 1px) solid ${neutralFillStrongRest};
    box-sizing: border-box;
    color: ${neutralForegroundRest};
    font-family: ${bodyFont};
    height: calc(${heightNumber} * 1px);
    position: relative;
    user-select: none;
    min-width: 250px;
    outline: none;
    vertical-align: top;
  }

  :host([aria-invalid='true']) {
    border-color: ${errorFillRest};
  }
  
  :host(:not([autowidth])) {
    min-width: 250px;
  }
  
  ${selectContext ? (0,esm_index_js_.css) `
  :host(:not([aria-haspopup])) {
    --elevation: 0;
    border: 0;
    height: auto;
    min-width: 0;
  }
  ` : ''}
  
  ${listboxStyles(context, definition)}
  
  :host .listbox {
    ${elevation}
    border: none;
    display: flex;
    left: 0;
    position: absolute;
    width: 100%;
    z-index: 1;
  }
  
  .control + .listbox {
    --stroke-size: calc(${designUnit} * ${strokeWidth} * 2);
    max-height: calc(
      (var(--listbox-max-height) * ${heightNumber} + var(--stroke-size)) * 1px
      );
  }
  
  ${selectContext ? (0,esm_index_js_.css) `
  :host(:not([aria-haspopup])) .listbox {
    left: auto;
    position: static;
    z-index: auto;
  }
  ` : ''}
  
  :host(:not([autowidth])) .listbox {
    width: 100%;
  }
  
  :host([autowidth]) ::slotted([role='option']),
  :host([autowidth]) ::slotted(option) {
    padding: 0 calc(1em + ${designUnit} * 1.25px + 1px);
  }
  
  .listbox[hidden] {
    display: none;
  }
  
  .control {
    align-items: center;
    box-sizing: border-box;
    cursor: pointer;
    display: flex;
    font-size: ${typeRampBaseFontSize};
    font-family: inherit;
    line-height: ${typeRampBaseLineHeight};
    min-height: 100%;
    padding: 0 calc(${designUnit} * 2.25px);
    width: 100%;
  }

  :host([minimal]),
  :host([scale='xsmall']) {
    --element-scale: -4;
  }

  :host([scale='small']) {
    --element-scale: -2;
  }

  :host([scale='medium']) {
    --element-scale: 0;
  }

  :host([scale='large']) {
    --element-scale: 2;
  }

  :host([scale='xlarge']) {
    --element-scale: 4;
  }
  
  :host(:not([disabled]):hover) {
    background: ${neutralFillInputHover};
    border-color: ${neutralFillStrongHover};
  }
  
  :host([aria-invalid='true']:not([disabled]):hover) {
    border-color: ${errorFillHover};
  }
  
  :host(:${index_js_.focusVisible}) {
    border-color: ${accentFillFocus};
    box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
    ${accentFillFocus};
  }
  
  :host([aria-invalid='true']:${index_js_.focusVisible}) {
    border-color: ${errorFillFocus};
    box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
    ${errorFillFocus};
  }
  
  :host(:not([size]):not([multiple]):not([open]):${index_js_.focusVisible}),
  :host([multiple]:${index_js_.focusVisible}),
  :host([size]:${index_js_.focusVisible}) {
    box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
    ${accentFillFocus};
  }
  
  :host([aria-invalid='true']:not([size]):not([multiple]):not([open]):${index_js_.focusVisible}),
  :host([aria-invalid='true'][multiple]:${index_js_.focusVisible}),
  :host([aria-invalid='true'][size]:${index_js_.focusVisible}) {
    box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
    ${errorFillFocus};
  }
  
  :host(:not([multiple]):not([size]):${index_js_.focusVisible}) ::slotted(${context.tagFor(index_js_.ListboxOption)}[aria-selected="true"]:not([disabled])) {
    box-shadow: 0 0 0 calc(${focusStrokeWidth} * 1px) inset ${accentFillFocus};
    border-color: ${accentFillFocus};
    background: ${accentFillFocus};
    color: ${foregroundOnAccentFocus};
  }
    
  :host([disabled]) {
    cursor: ${index_js_.disabledCursor};
    opacity: ${disabledOpacity};
  }
  
  :host([disabled]) .control {
    cursor: ${index_js_.disabledCursor};
    user-select: none;
  }
  
  :host([disabled]:hover) {
    background: ${neutralFillStealthRest};
    color: ${neutralForegroundRest};
    fill: currentcolor;
  }
  
  :host(:not([disabled])) .control:active {
    background: ${neutralFillInputActive};
    border-color: ${accentFillActive};
    border-radius: calc(${controlCornerRadius} * 1px);
  }
  
  :host([open][position="above"]) .listbox {
    border-bottom-left-radius: 0;
    border-bottom-right-radius: 0;
    border-bottom: 0;
    bottom: calc(${heightNumber} * 1px);
  }
  
  :host([open][position="below"]) .listbox {
    border-top-left-radius: 0;
    border-top-right-radius: 0;
    border-top: 0;
    top: calc(${heightNumber} * 1px);
  }
  
  .selected-value {
    flex: 1 1 auto;
    font-family: inherit;
    overflow: hidden;
    text-align: start;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  
  .indicator {
    flex: 0 0 auto;
    margin-inline-start: 1em;
  }
  
  slot[name="listbox"] {
    display: none;
    width: 100%;
  }
  
  :host([open]) slot[name="listbox"] {
    display: flex;
    position: absolute;
    ${elevation}
  }
  
  .end {
    margin-inline-start: auto;
  }
  
  .start,
  .end,
  .indicator,
  .select-indicator,
  ::slotted(svg), 
  ::slotted(jp-icon) {
    /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
    fill: currentcolor;
    height: 1em;
    min-height: calc(${designUnit} * 4px);
    min-width: calc(${designUnit} * 4px);
    width: 1em;
  }
  
  ::slotted([role="option"]),
  ::slotted(option) {
    flex: 0 0 auto;
  }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host(:not([disabled]):hover),
      :host(:not([disabled]):active) {
        border-color: ${system_colors_SystemColors.Highlight};
      }

      :host([aria-invalid='true']) {
        border-style: dashed;
      }
      
      :host(:not([disabled]):${index_js_.focusVisible}) {
        background-color: ${system_colors_SystemColors.ButtonFace};
        box-shadow: 0 0 0 calc(${focusStrokeWidth} * 1px) ${system_colors_SystemColors.Highlight};
        color: ${system_colors_SystemColors.ButtonText};
        fill: currentcolor;
        forced-color-adjust: none;
      }
      
      :host(:not([disabled]):${index_js_.focusVisible}) .listbox {
        background: ${system_colors_SystemColors.ButtonFace};
      }
      
      :host([disabled]) {
        border-color: ${system_colors_SystemColors.GrayText};
        background-color: ${system_colors_SystemColors.ButtonFace};
        color: ${system_colors_SystemColors.GrayText};
        fill: currentcolor;
        opacity: 1;
        forced-color-adjust: none;
      }
      
      :host([disabled]:hover) {
        background: ${system_colors_SystemColors.ButtonFace};
      }
      
      :host([disabled]) .control {
        color: ${system_colors_SystemColors.GrayText};
        border-color: ${system_colors_SystemColors.GrayText};
      }
      
      :host([disabled]) .control .select-indicator {
        fill: ${system_colors_SystemColors.GrayText};
      }
      
      :host(:${index_js_.focusVisible}) ::slotted([aria-selected="true"][role="option"]),
      :host(:${index_js_.focusVisible}) ::slotted(option[aria-selected="true"]),
      :host(:${index_js_.focusVisible}) ::slotted([aria-selected="true"][role="option"]:not([disabled])) {
        background: ${system_colors_SystemColors.Highlight};
        border-color: ${system_colors_SystemColors.ButtonText};
        box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
        ${system_colors_SystemColors.HighlightText};
        color: ${system_colors_SystemColors.HighlightText};
        fill: currentcolor;
      }
      
      .start,
      .end,
      .indicator,
      .select-indicator,
      ::slotted(svg),
      ::slotted(jp-icon) {
        color: ${system_colors_SystemColors.ButtonText};
        fill: currentcolor;
      }
      `));
};

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/combobox/combobox.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Styles for Combobox
 * @public
 */
const comboboxStyles = (context, definition) => (0,esm_index_js_.css) `
  ${selectStyles(context, definition)}

  :host(:empty) .listbox {
    display: none;
  }

  :host([disabled]) *,
  :host([disabled]) {
    cursor: ${index_js_.disabledCursor};
    user-select: none;
  }

  :host(:focus-within:not([disabled])) {
    border-color: ${accentFillFocus};
    box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
      ${accentFillFocus};
  }

  :host([aria-invalid='true']:focus-within:not([disabled])) {
    border-color: ${errorFillFocus};
    box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
      ${errorFillFocus};
  }

  .selected-value {
    -webkit-appearance: none;
    background: transparent;
    border: none;
    color: inherit;
    font-size: ${typeRampBaseFontSize};
    line-height: ${typeRampBaseLineHeight};
    height: calc(100% - (${strokeWidth} * 1px));
    margin: auto 0;
    width: 100%;
  }

  .selected-value:hover,
    .selected-value:${index_js_.focusVisible},
    .selected-value:disabled,
    .selected-value:active {
    outline: none;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/combobox/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Combobox class
 *
 * @public
 * @tagname jp-combobox
 *
 * @fires input - Fires a custom 'input' event when the value has changed
 */
class JupyterCombobox extends index_js_.Combobox {
    /**
     * The connected callback for this FASTElement.
     *
     * @override
     *
     * @internal
     */
    connectedCallback() {
        super.connectedCallback();
        this.setAutoWidth();
    }
    /**
     * Synchronize the form-associated proxy and updates the value property of the element.
     *
     * @param prev - the previous collection of slotted option elements
     * @param next - the next collection of slotted option elements
     *
     * @internal
     */
    slottedOptionsChanged(prev, next) {
        super.slottedOptionsChanged(prev, next);
        this.setAutoWidth();
    }
    /**
     * (Un-)set the width when the autoWidth property changes.
     *
     * @param prev - the previous autoWidth value
     * @param next - the current autoWidth value
     */
    autoWidthChanged(prev, next) {
        if (next) {
            this.setAutoWidth();
        }
        else {
            this.style.removeProperty('width');
        }
    }
    /**
     * Compute the listbox width to set the one of the input.
     */
    setAutoWidth() {
        if (!this.autoWidth || !this.isConnected) {
            return;
        }
        let listWidth = this.listbox.getBoundingClientRect().width;
        // If the list has not been displayed yet trick to get its size
        if (listWidth === 0 && this.listbox.hidden) {
            Object.assign(this.listbox.style, { visibility: 'hidden' });
            this.listbox.removeAttribute('hidden');
            listWidth = this.listbox.getBoundingClientRect().width;
            this.listbox.setAttribute('hidden', '');
            this.listbox.style.removeProperty('visibility');
        }
        if (listWidth > 0) {
            Object.assign(this.style, { width: `${listWidth}px` });
        }
    }
    /**
     * @internal
     */
    maxHeightChanged(prev, next) {
        this.updateComputedStylesheet();
    }
    /**
     * Updates an internal stylesheet with calculated CSS custom properties.
     *
     * @internal
     */
    updateComputedStylesheet() {
        if (this.computedStylesheet) {
            this.$fastController.removeStyles(this.computedStylesheet);
        }
        const popupMaxHeight = Math.floor(this.maxHeight / heightNumberAsToken.getValueFor(this)).toString();
        this.computedStylesheet = (0,esm_index_js_.css) `
      :host {
        --listbox-max-height: ${popupMaxHeight};
      }
    `;
        this.$fastController.addStyles(this.computedStylesheet);
    }
}
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ attribute: 'autowidth', mode: 'boolean' })
], JupyterCombobox.prototype, "autoWidth", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ attribute: 'minimal', mode: 'boolean' })
], JupyterCombobox.prototype, "minimal", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], JupyterCombobox.prototype, "scale", void 0);
/**
 * A function that returns a {@link @microsoft/fast-foundation#Combobox} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#comboboxTemplate}
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-combobox>`
 *
 */
const jpCombobox = JupyterCombobox.compose({
    baseName: 'combobox',
    baseClass: index_js_.Combobox,
    template: index_js_.comboboxTemplate,
    styles: comboboxStyles,
    shadowOptions: {
        delegatesFocus: true
    },
    indicator: /* html */ `
        <svg
            class="select-indicator"
            part="select-indicator"
            viewBox="0 0 12 7"
            xmlns="http://www.w3.org/2000/svg"
        >
            <path
                d="M11.85.65c.2.2.2.5 0 .7L6.4 6.84a.55.55 0 01-.78 0L.14 1.35a.5.5 0 11.71-.7L6 5.8 11.15.65c.2-.2.5-.2.7 0z"
            />
        </svg>
    `
});



;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/data-grid/data-grid.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.

/**
 * Styles for Data Grid
 * @public
 */
const dataGridStyles = (context, definition) => (0,esm_index_js_.css) `
  :host {
    display: flex;
    position: relative;
    flex-direction: column;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/data-grid/data-grid-row.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Styles for Data Grid row
 * @public
 */
const dataGridRowStyles = (context, definition) => (0,esm_index_js_.css) `
  :host {
    display: grid;
    padding: 1px 0;
    box-sizing: border-box;
    width: 100%;
    border-bottom: calc(${strokeWidth} * 1px) solid ${neutralStrokeDividerRest};
  }

  :host(.header) {
  }

  :host(.sticky-header) {
    background: ${neutralFillRest};
    position: sticky;
    top: 0;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/data-grid/data-grid-cell.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Styles for Data Grid cell
 * @public
 */
const dataGridCellStyles = (context, definition) => (0,esm_index_js_.css) `
    :host {
      padding: calc(${designUnit} * 1px) calc(${designUnit} * 3px);
      color: ${neutralForegroundRest};
      box-sizing: border-box;
      font-family: ${bodyFont};
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
      font-weight: 400;
      border: transparent calc(${focusStrokeWidth} * 1px) solid;
      overflow: hidden;
      white-space: nowrap;
      border-radius: calc(${controlCornerRadius} * 1px);
    }

    :host(.column-header) {
      font-weight: 600;
    }

    :host(:${index_js_.focusVisible}) {
      outline: calc(${focusStrokeWidth} * 1px) solid ${accentFillFocus};
      color: ${neutralForegroundRest};
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host {
        forced-color-adjust: none;
        border-color: transparent;
        background: ${system_colors_SystemColors.Field};
        color: ${system_colors_SystemColors.FieldText};
      }

      :host(:${index_js_.focusVisible}) {
        border-color: ${system_colors_SystemColors.FieldText};
        box-shadow: 0 0 0 2px inset ${system_colors_SystemColors.Field};
        color: ${system_colors_SystemColors.FieldText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/data-grid/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * DataGridCell class
 *
 * @public
 * @tagname jp-data-grid-cell
 */
class JupyterDataGridCell extends index_js_.DataGridCell {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#DataGridCell} registration for configuring the component with a DesignSystem.
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-data-grid-cell>`
 */
const jpDataGridCell = JupyterDataGridCell.compose({
    baseName: 'data-grid-cell',
    baseClass: index_js_.DataGridCell,
    template: index_js_.dataGridCellTemplate,
    styles: dataGridCellStyles
});
/**
 * DataGridRow class
 *
 * @public
 * @tagname jp-data-grid-row
 */
class JupyterDataGridRow extends index_js_.DataGridRow {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#DataGridRow} registration for configuring the component with a DesignSystem.
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-data-grid-row>`
 */
const jpDataGridRow = JupyterDataGridRow.compose({
    baseName: 'data-grid-row',
    baseClass: index_js_.DataGridRow,
    template: index_js_.dataGridRowTemplate,
    styles: dataGridRowStyles
});
/**
 * DataGrid class
 *
 * @public
 * @tagname jp-data-grid
 */
class JupyterDataGrid extends index_js_.DataGrid {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#DataGrid} registration for configuring the component with a DesignSystem.
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-data-grid>`
 */
const jpDataGrid = JupyterDataGrid.compose({
    baseName: 'data-grid',
    baseClass: index_js_.DataGrid,
    template: index_js_.dataGridTemplate,
    styles: dataGridStyles
});


// EXTERNAL MODULE: ../../../node_modules/@microsoft/fast-web-utilities/dist/key-codes.js
var key_codes = __webpack_require__(5109);
;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/date-field/date-field.form-associated.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.

class _DateField extends index_js_.FoundationElement {
}
/**
 * A form-associated base class for the {@link @jupyter/web-components#(DateField:class)} component.
 *
 * @internal
 */
class FormAssociatedDateField extends (0,index_js_.FormAssociated)(_DateField) {
    constructor() {
        super(...arguments);
        this.proxy = document.createElement('input');
    }
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/converters.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/**
 * A {@link ValueConverter} that converts to and from `Date` values.
 * @remarks
 * This converter allows for nullable Date, returning `null` if the
 * input was `null`, `undefined`, or a non-parsable date.
 * @public
 */
const nullableDateConverter = {
    toView(value) {
        if (value === null || value === undefined) {
            return null;
        }
        const date = new Date(value);
        // https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date/Date#return_value
        return date.toString() === 'Invalid Date'
            ? null
            : `${date.getFullYear().toString().padStart(4, '0')}-${(date.getMonth() + 1)
                .toString()
                .padStart(2, '0')}-${date.getDate().toString().padStart(2, '0')}`;
    },
    fromView(value) {
        if (value === null || value === undefined) {
            return null;
        }
        const date = new Date(value);
        // https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date/Date#return_value
        return date.toString() === 'Invalid Date' ? null : date;
    }
};

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/date-field/date-field.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.






const INVALID_DATE = 'Invalid Date';
/**
 * A Dext Field Custom HTML Element.
 * Based largely on the {@link https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/date | <input type="date" /> element }.
 *
 * @public
 * @tagname jp-date-field
 *
 * @fires input - Fires a custom 'input' event when the value has changed
 * @fires change - Fires a custom 'change' event when the value has changed
 */
class DateField extends FormAssociatedDateField {
    constructor() {
        super(...arguments);
        /**
         * Amount to increment or decrement the value by
         * @public
         * @remarks
         * HTMLAttribute: step
         */
        this.step = 1;
        /**
         * Flag to indicate that the value change is from the user input
         * @internal
         */
        this.isUserInput = false;
    }
    readOnlyChanged() {
        if (this.proxy instanceof HTMLInputElement) {
            this.proxy.readOnly = this.readOnly;
            this.validate();
        }
    }
    autofocusChanged() {
        if (this.proxy instanceof HTMLInputElement) {
            this.proxy.autofocus = this.autofocus;
            this.validate();
        }
    }
    listChanged() {
        if (this.proxy instanceof HTMLInputElement) {
            this.proxy.setAttribute('list', this.list);
            this.validate();
        }
    }
    /**
     * Ensures that the max is greater than the min and that the value
     *  is less than the max
     * @param previous - the previous max value
     * @param next - updated max value
     *
     * @internal
     */
    maxChanged(previous, next) {
        var _a;
        this.max = next < ((_a = this.min) !== null && _a !== void 0 ? _a : next) ? this.min : next;
        this.value = this.getValidValue(this.value);
    }
    /**
     * Ensures that the min is less than the max and that the value
     *  is greater than the min
     * @param previous - previous min value
     * @param next - updated min value
     *
     * @internal
     */
    minChanged(previous, next) {
        var _a;
        this.min = next > ((_a = this.max) !== null && _a !== void 0 ? _a : next) ? this.max : next;
        this.value = this.getValidValue(this.value);
    }
    /**
     * The value property, typed as a number.
     *
     * @public
     */
    get valueAsNumber() {
        return new Date(super.value).valueOf();
    }
    set valueAsNumber(next) {
        this.value = new Date(next).toString();
    }
    /**
     * The value property, typed as a date.
     *
     * @public
     */
    get valueAsDate() {
        return new Date(super.value);
    }
    set valueAsDate(next) {
        this.value = next.toString();
    }
    /**
     * Validates that the value is a number between the min and max
     * @param previous - previous stored value
     * @param next - value being updated
     * @param updateControl - should the text field be updated with value, defaults to true
     * @internal
     */
    valueChanged(previous, next) {
        this.value = this.getValidValue(next);
        if (next !== this.value) {
            return;
        }
        if (this.control && !this.isUserInput) {
            this.control.value = this.value;
        }
        super.valueChanged(previous, this.value);
        if (previous !== undefined && !this.isUserInput) {
            this.$emit('change');
        }
        this.isUserInput = false;
    }
    /**
     * Sets the internal value to a valid number between the min and max properties
     * @param value - user input
     *
     * @internal
     */
    getValidValue(value) {
        var _a, _b;
        let validValue = new Date(value);
        if (validValue.toString() === INVALID_DATE) {
            validValue = '';
        }
        else {
            validValue =
                validValue > ((_a = this.max) !== null && _a !== void 0 ? _a : validValue) ? this.max : validValue;
            validValue =
                validValue < ((_b = this.min) !== null && _b !== void 0 ? _b : validValue) ? this.min : validValue;
            validValue = `${validValue.getFullYear().toString().padStart(4, '0')}-${(validValue.getMonth() + 1)
                .toString()
                .padStart(2, '0')}-${validValue.getDate().toString().padStart(2, '0')}`;
        }
        return validValue;
    }
    /**
     * Increments the value using the step value
     *
     * @public
     */
    stepUp() {
        // Step is given in days: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/date#step
        const step = 86400000 * this.step;
        const value = new Date(this.value);
        this.value = new Date(value.toString() !== INVALID_DATE ? value.valueOf() + step : 0).toString();
    }
    /**
     * Decrements the value using the step value
     *
     * @public
     */
    stepDown() {
        // Step is given in days: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/date#step
        const step = 86400000 * this.step;
        const value = new Date(this.value);
        this.value = new Date(value.toString() !== INVALID_DATE
            ? Math.max(value.valueOf() - step, 0)
            : 0).toString();
    }
    /**
     * @internal
     */
    connectedCallback() {
        super.connectedCallback();
        this.validate();
        this.control.value = this.value;
        if (this.autofocus) {
            esm_index_js_.DOM.queueUpdate(() => {
                this.focus();
            });
        }
        if (!this.appearance) {
            this.appearance = 'outline';
        }
    }
    /**
     * Handles the internal control's `input` event
     * @internal
     */
    handleTextInput() {
        this.isUserInput = true;
        this.value = this.control.value;
    }
    /**
     * Change event handler for inner control.
     * @remarks
     * "Change" events are not `composable` so they will not
     * permeate the shadow DOM boundary. This fn effectively proxies
     * the change event, emitting a `change` event whenever the internal
     * control emits a `change` event
     * @internal
     */
    handleChange() {
        this.$emit('change');
    }
    /**
     * Handles the internal control's `keydown` event
     * @internal
     */
    handleKeyDown(e) {
        const key = e.key;
        switch (key) {
            case key_codes/* .keyArrowUp */.I5:
                this.stepUp();
                return false;
            case key_codes/* .keyArrowDown */.HX:
                this.stepDown();
                return false;
        }
        return true;
    }
    /**
     * Handles populating the input field with a validated value when
     *  leaving the input field.
     * @internal
     */
    handleBlur() {
        this.control.value = this.value;
    }
}
;(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], DateField.prototype, "appearance", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ attribute: 'readonly', mode: 'boolean' })
], DateField.prototype, "readOnly", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ mode: 'boolean' })
], DateField.prototype, "autofocus", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], DateField.prototype, "list", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ converter: esm_index_js_.nullableNumberConverter })
], DateField.prototype, "step", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ converter: nullableDateConverter })
], DateField.prototype, "max", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ converter: nullableDateConverter })
], DateField.prototype, "min", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.observable
], DateField.prototype, "defaultSlottedNodes", void 0);
(0,index_js_.applyMixins)(DateField, index_js_.StartEnd, index_js_.DelegatesARIATextbox);

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/styles/patterns/field.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





const BaseFieldStyles = (0,esm_index_js_.css) `
  ${(0,index_js_.display)('inline-block')} :host {
    font-family: ${bodyFont};
    outline: none;
    user-select: none;
    /* Ensure to display focus highlight */
    margin: calc((${focusStrokeWidth} - ${strokeWidth}) * 1px);
  }

  .root {
    box-sizing: border-box;
    position: relative;
    display: flex;
    flex-direction: row;
    color: ${neutralForegroundRest};
    background: ${neutralFillInputRest};
    border-radius: calc(${controlCornerRadius} * 1px);
    border: calc(${strokeWidth} * 1px) solid ${neutralFillStrongRest};
    height: calc(${heightNumber} * 1px);
  }

  :host([aria-invalid='true']) .root {
    border-color: ${errorFillRest};
  }

  .control {
    -webkit-appearance: none;
    font: inherit;
    background: transparent;
    border: 0;
    color: inherit;
    height: calc(100% - 4px);
    width: 100%;
    margin-top: auto;
    margin-bottom: auto;
    border: none;
    padding: 0 calc(${designUnit} * 2px + 1px);
    font-size: ${typeRampBaseFontSize};
    line-height: ${typeRampBaseLineHeight};
  }

  .control:placeholder-shown {
    text-overflow: ellipsis;
  }

  .control:hover,
  .control:${index_js_.focusVisible},
  .control:disabled,
  .control:active {
    outline: none;
  }

  .label {
    display: block;
    color: ${neutralForegroundRest};
    cursor: pointer;
    font-size: ${typeRampBaseFontSize};
    line-height: ${typeRampBaseLineHeight};
    margin-bottom: 4px;
  }

  .label__hidden {
    display: none;
    visibility: hidden;
  }

  .start,
  .end {
    margin: auto;
    fill: currentcolor;
  }

  ::slotted(svg),
  ::slotted(jp-icon) {
    /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
    width: 16px;
    height: 16px;
  }

  .start {
    margin-inline-start: 11px;
  }

  .end {
    margin-inline-end: 11px;
  }

  :host(:hover:not([disabled])) .root {
    background: ${neutralFillInputHover};
    border-color: ${neutralFillStrongHover};
  }

  :host([aria-invalid='true']:hover:not([disabled])) .root {
    border-color: ${errorFillHover};
  }

  :host(:active:not([disabled])) .root {
    background: ${neutralFillInputHover};
    border-color: ${neutralFillStrongActive};
  }

  :host([aria-invalid='true']:active:not([disabled])) .root {
    border-color: ${errorFillActive};
  }

  :host(:focus-within:not([disabled])) .root {
    border-color: ${accentFillFocus};
    box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
      ${accentFillFocus};
  }

  :host([aria-invalid='true']:focus-within:not([disabled])) .root {
    border-color: ${errorFillFocus};
    box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
      ${errorFillFocus};
  }

  :host([appearance='filled']) .root {
    background: ${neutralFillRest};
  }

  :host([appearance='filled']:hover:not([disabled])) .root {
    background: ${neutralFillHover};
  }

  :host([disabled]) .label,
  :host([readonly]) .label,
  :host([readonly]) .control,
  :host([disabled]) .control {
    cursor: ${index_js_.disabledCursor};
  }

  :host([disabled]) {
    opacity: ${disabledOpacity};
  }

  :host([disabled]) .control {
    border-color: ${neutralStrokeRest};
  }
`.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
    .root,
    :host([appearance='filled']) .root {
      forced-color-adjust: none;
      background: ${system_colors_SystemColors.Field};
      border-color: ${system_colors_SystemColors.FieldText};
    }
    :host([aria-invalid='true']) .root {
      border-style: dashed;
    }
    :host(:hover:not([disabled])) .root,
    :host([appearance='filled']:hover:not([disabled])) .root,
    :host([appearance='filled']:hover) .root {
      background: ${system_colors_SystemColors.Field};
      border-color: ${system_colors_SystemColors.Highlight};
    }
    .start,
    .end {
      fill: currentcolor;
    }
    :host([disabled]) {
      opacity: 1;
    }
    :host([disabled]) .root,
    :host([appearance='filled']:hover[disabled]) .root {
      border-color: ${system_colors_SystemColors.GrayText};
      background: ${system_colors_SystemColors.Field};
    }
    :host(:focus-within:enabled) .root {
      border-color: ${system_colors_SystemColors.Highlight};
      box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
        ${system_colors_SystemColors.Highlight};
    }
    input::placeholder {
      color: ${system_colors_SystemColors.GrayText};
    }
  `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/date-field/date-field.styles.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.


/**
 * Styles for Date Field
 * @public
 */
const dateFieldStyles = (context, definition) => (0,esm_index_js_.css) `
  ${BaseFieldStyles}
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/date-field/date-field.template.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.


/**
 * The template for the {@link @jupyter/web-components#(DateField:class)} component.
 * @public
 */
const dateFieldTemplate = (context, definition) => (0,esm_index_js_.html) `
  <template class="${x => (x.readOnly ? 'readonly' : '')}">
    <label
      part="label"
      for="control"
      class="${x => x.defaultSlottedNodes && x.defaultSlottedNodes.length
    ? 'label'
    : 'label label__hidden'}"
    >
      <slot
        ${(0,esm_index_js_.slotted)({
    property: 'defaultSlottedNodes',
    filter: index_js_.whitespaceFilter
})}
      ></slot>
    </label>
    <div class="root" part="root">
      ${(0,index_js_.startSlotTemplate)(context, definition)}
      <input
        class="control"
        part="control"
        id="control"
        @input="${x => x.handleTextInput()}"
        @change="${x => x.handleChange()}"
        ?autofocus="${x => x.autofocus}"
        ?disabled="${x => x.disabled}"
        list="${x => x.list}"
        ?readonly="${x => x.readOnly}"
        ?required="${x => x.required}"
        :value="${x => x.value}"
        type="date"
        aria-atomic="${x => x.ariaAtomic}"
        aria-busy="${x => x.ariaBusy}"
        aria-controls="${x => x.ariaControls}"
        aria-current="${x => x.ariaCurrent}"
        aria-describedby="${x => x.ariaDescribedby}"
        aria-details="${x => x.ariaDetails}"
        aria-disabled="${x => x.ariaDisabled}"
        aria-errormessage="${x => x.ariaErrormessage}"
        aria-flowto="${x => x.ariaFlowto}"
        aria-haspopup="${x => x.ariaHaspopup}"
        aria-hidden="${x => x.ariaHidden}"
        aria-invalid="${x => x.ariaInvalid}"
        aria-keyshortcuts="${x => x.ariaKeyshortcuts}"
        aria-label="${x => x.ariaLabel}"
        aria-labelledby="${x => x.ariaLabelledby}"
        aria-live="${x => x.ariaLive}"
        aria-owns="${x => x.ariaOwns}"
        aria-relevant="${x => x.ariaRelevant}"
        aria-roledescription="${x => x.ariaRoledescription}"
        ${(0,esm_index_js_.ref)('control')}
      />
      ${(0,index_js_.endSlotTemplate)(context, definition)}
    </div>
  </template>
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/date-field/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * A function that returns a {@link @jupyter/web-components#DateField} registration for configuring the component with a DesignSystem.
 * Implements {@link @jupyter/web-components#dateFieldTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-date-field>`
 *
 * {@link https://developer.mozilla.org/en-US/docs/Web/API/ShadowRoot/delegatesFocus | delegatesFocus}
 */
const jpDateField = DateField.compose({
    baseName: 'date-field',
    styles: dateFieldStyles,
    template: dateFieldTemplate,
    shadowOptions: {
        delegatesFocus: true
    }
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/design-system-provider/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.







/**
 * A {@link ValueConverter} that converts to and from `Swatch` values.
 * @remarks
 * This converter allows for colors represented as string hex values, returning `null` if the
 * input was `null` or `undefined`.
 * @internal
 */
const swatchConverter = {
    toView(value) {
        if (value === null || value === undefined) {
            return null;
        }
        return value === null || value === void 0 ? void 0 : value.toColorString();
    },
    fromView(value) {
        if (value === null || value === undefined) {
            return null;
        }
        const color = parseColorHexRGB(value);
        return color ? SwatchRGB.create(color.r, color.g, color.b) : null;
    }
};
const backgroundStyles = (0,esm_index_js_.css) `
  :host {
    background-color: ${fillColor};
    color: ${neutralForegroundRest};
  }
`.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
    :host {
      background-color: ${system_colors_SystemColors.ButtonFace};
      box-shadow: 0 0 0 1px ${system_colors_SystemColors.CanvasText};
      color: ${system_colors_SystemColors.ButtonText};
    }
  `));
function designToken(token) {
    return (source, key) => {
        // @ts-expect-error source as no string index
        source[key + 'Changed'] = function (prev, next) {
            if (next !== undefined && next !== null) {
                token.setValueFor(this, next);
            }
            else {
                token.deleteValueFor(this);
            }
        };
    };
}
/**
 * The Jupyter DesignSystemProvider Element.
 * @internal
 */
class DesignSystemProvider extends index_js_.FoundationElement {
    constructor() {
        super();
        /**
         * Used to instruct the jpDesignSystemProvider
         * that it should not set the CSS
         * background-color and color properties
         *
         * @remarks
         * HTML boolean attribute: no-paint
         */
        this.noPaint = false;
        // If fillColor or baseLayerLuminance change, we need to
        // re-evaluate whether we should have paint styles applied
        const subscriber = {
            handleChange: this.noPaintChanged.bind(this)
        };
        esm_index_js_.Observable.getNotifier(this).subscribe(subscriber, 'fillColor');
        esm_index_js_.Observable.getNotifier(this).subscribe(subscriber, 'baseLayerLuminance');
    }
    noPaintChanged() {
        if (!this.noPaint &&
            (this.fillColor !== void 0 || this.baseLayerLuminance)) {
            this.$fastController.addStyles(backgroundStyles);
        }
        else {
            this.$fastController.removeStyles(backgroundStyles);
        }
    }
}
;(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ attribute: 'no-paint', mode: 'boolean' })
], DesignSystemProvider.prototype, "noPaint", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'fill-color',
        converter: swatchConverter
    }),
    designToken(fillColor)
], DesignSystemProvider.prototype, "fillColor", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'accent-color',
        converter: swatchConverter,
        mode: 'fromView'
    }),
    designToken(accentColor)
], DesignSystemProvider.prototype, "accentColor", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-color',
        converter: swatchConverter,
        mode: 'fromView'
    }),
    designToken(neutralColor)
], DesignSystemProvider.prototype, "neutralColor", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'error-color',
        converter: swatchConverter,
        mode: 'fromView'
    }),
    designToken(errorColor)
], DesignSystemProvider.prototype, "errorColor", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(density)
], DesignSystemProvider.prototype, "density", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'design-unit',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(designUnit)
], DesignSystemProvider.prototype, "designUnit", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'direction'
    }),
    designToken(design_tokens_direction)
], DesignSystemProvider.prototype, "direction", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'base-height-multiplier',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(baseHeightMultiplier)
], DesignSystemProvider.prototype, "baseHeightMultiplier", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'base-horizontal-spacing-multiplier',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(baseHorizontalSpacingMultiplier)
], DesignSystemProvider.prototype, "baseHorizontalSpacingMultiplier", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'control-corner-radius',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(controlCornerRadius)
], DesignSystemProvider.prototype, "controlCornerRadius", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'stroke-width',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(strokeWidth)
], DesignSystemProvider.prototype, "strokeWidth", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'focus-stroke-width',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(focusStrokeWidth)
], DesignSystemProvider.prototype, "focusStrokeWidth", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'disabled-opacity',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(disabledOpacity)
], DesignSystemProvider.prototype, "disabledOpacity", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-minus-2-font-size'
    }),
    designToken(typeRampMinus2FontSize)
], DesignSystemProvider.prototype, "typeRampMinus2FontSize", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-minus-2-line-height'
    }),
    designToken(typeRampMinus2LineHeight)
], DesignSystemProvider.prototype, "typeRampMinus2LineHeight", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-minus-1-font-size'
    }),
    designToken(typeRampMinus1FontSize)
], DesignSystemProvider.prototype, "typeRampMinus1FontSize", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-minus-1-line-height'
    }),
    designToken(typeRampMinus1LineHeight)
], DesignSystemProvider.prototype, "typeRampMinus1LineHeight", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-base-font-size'
    }),
    designToken(typeRampBaseFontSize)
], DesignSystemProvider.prototype, "typeRampBaseFontSize", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-base-line-height'
    }),
    designToken(typeRampBaseLineHeight)
], DesignSystemProvider.prototype, "typeRampBaseLineHeight", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-1-font-size'
    }),
    designToken(typeRampPlus1FontSize)
], DesignSystemProvider.prototype, "typeRampPlus1FontSize", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-1-line-height'
    }),
    designToken(typeRampPlus1LineHeight)
], DesignSystemProvider.prototype, "typeRampPlus1LineHeight", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-2-font-size'
    }),
    designToken(typeRampPlus2FontSize)
], DesignSystemProvider.prototype, "typeRampPlus2FontSize", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-2-line-height'
    }),
    designToken(typeRampPlus2LineHeight)
], DesignSystemProvider.prototype, "typeRampPlus2LineHeight", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-3-font-size'
    }),
    designToken(typeRampPlus3FontSize)
], DesignSystemProvider.prototype, "typeRampPlus3FontSize", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-3-line-height'
    }),
    designToken(typeRampPlus3LineHeight)
], DesignSystemProvider.prototype, "typeRampPlus3LineHeight", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-4-font-size'
    }),
    designToken(typeRampPlus4FontSize)
], DesignSystemProvider.prototype, "typeRampPlus4FontSize", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-4-line-height'
    }),
    designToken(typeRampPlus4LineHeight)
], DesignSystemProvider.prototype, "typeRampPlus4LineHeight", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-5-font-size'
    }),
    designToken(typeRampPlus5FontSize)
], DesignSystemProvider.prototype, "typeRampPlus5FontSize", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-5-line-height'
    }),
    designToken(typeRampPlus5LineHeight)
], DesignSystemProvider.prototype, "typeRampPlus5LineHeight", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-6-font-size'
    }),
    designToken(typeRampPlus6FontSize)
], DesignSystemProvider.prototype, "typeRampPlus6FontSize", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'type-ramp-plus-6-line-height'
    }),
    designToken(typeRampPlus6LineHeight)
], DesignSystemProvider.prototype, "typeRampPlus6LineHeight", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'accent-fill-rest-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(accentFillRestDelta)
], DesignSystemProvider.prototype, "accentFillRestDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'accent-fill-hover-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(accentFillHoverDelta)
], DesignSystemProvider.prototype, "accentFillHoverDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'accent-fill-active-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(accentFillActiveDelta)
], DesignSystemProvider.prototype, "accentFillActiveDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'accent-fill-focus-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(accentFillFocusDelta)
], DesignSystemProvider.prototype, "accentFillFocusDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'accent-foreground-rest-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(accentForegroundRestDelta)
], DesignSystemProvider.prototype, "accentForegroundRestDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'accent-foreground-hover-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(accentForegroundHoverDelta)
], DesignSystemProvider.prototype, "accentForegroundHoverDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'accent-foreground-active-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(accentForegroundActiveDelta)
], DesignSystemProvider.prototype, "accentForegroundActiveDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'accent-foreground-focus-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(accentForegroundFocusDelta)
], DesignSystemProvider.prototype, "accentForegroundFocusDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-rest-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(design_tokens_neutralFillRestDelta)
], DesignSystemProvider.prototype, "neutralFillRestDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-hover-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(design_tokens_neutralFillHoverDelta)
], DesignSystemProvider.prototype, "neutralFillHoverDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-active-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(design_tokens_neutralFillActiveDelta)
], DesignSystemProvider.prototype, "neutralFillActiveDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-focus-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillFocusDelta)
], DesignSystemProvider.prototype, "neutralFillFocusDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-input-rest-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillInputRestDelta)
], DesignSystemProvider.prototype, "neutralFillInputRestDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-input-hover-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillInputHoverDelta)
], DesignSystemProvider.prototype, "neutralFillInputHoverDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-input-active-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillInputActiveDelta)
], DesignSystemProvider.prototype, "neutralFillInputActiveDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-input-focus-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillInputFocusDelta)
], DesignSystemProvider.prototype, "neutralFillInputFocusDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-stealth-rest-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillStealthRestDelta)
], DesignSystemProvider.prototype, "neutralFillStealthRestDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-stealth-hover-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillStealthHoverDelta)
], DesignSystemProvider.prototype, "neutralFillStealthHoverDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-stealth-active-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillStealthActiveDelta)
], DesignSystemProvider.prototype, "neutralFillStealthActiveDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-stealth-focus-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillStealthFocusDelta)
], DesignSystemProvider.prototype, "neutralFillStealthFocusDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-strong-hover-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillStrongHoverDelta)
], DesignSystemProvider.prototype, "neutralFillStrongHoverDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-strong-active-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillStrongActiveDelta)
], DesignSystemProvider.prototype, "neutralFillStrongActiveDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-strong-focus-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillStrongFocusDelta)
], DesignSystemProvider.prototype, "neutralFillStrongFocusDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'base-layer-luminance',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(design_tokens_baseLayerLuminance)
], DesignSystemProvider.prototype, "baseLayerLuminance", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-fill-layer-rest-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralFillLayerRestDelta)
], DesignSystemProvider.prototype, "neutralFillLayerRestDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-stroke-divider-rest-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralStrokeDividerRestDelta)
], DesignSystemProvider.prototype, "neutralStrokeDividerRestDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-stroke-rest-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralStrokeRestDelta)
], DesignSystemProvider.prototype, "neutralStrokeRestDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-stroke-hover-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralStrokeHoverDelta)
], DesignSystemProvider.prototype, "neutralStrokeHoverDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-stroke-active-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralStrokeActiveDelta)
], DesignSystemProvider.prototype, "neutralStrokeActiveDelta", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({
        attribute: 'neutral-stroke-focus-delta',
        converter: esm_index_js_.nullableNumberConverter
    }),
    designToken(neutralStrokeFocusDelta)
], DesignSystemProvider.prototype, "neutralStrokeFocusDelta", void 0);
/**
 * Template for DesignSystemProvider.
 * @public
 */
const designSystemProviderTemplate = (context, definition) => (0,esm_index_js_.html) ` <slot></slot> `;
/**
 * Styles for DesignSystemProvider.
 * @public
 */
const designSystemProviderStyles = (context, definition) => (0,esm_index_js_.css) `
  ${(0,index_js_.display)('block')}
`;
/**
 * A function that returns a {@link DesignSystemProvider} registration for configuring the component with a DesignSystem.
 * @public
 * @remarks
 * Generates HTML Element: `<jp-design-system-provider>`
 */
const jpDesignSystemProvider = DesignSystemProvider.compose({
    baseName: 'design-system-provider',
    template: designSystemProviderTemplate,
    styles: designSystemProviderStyles
});

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/dialog/dialog.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Styles for Dialog
 * @public
 */
const dialogStyles = (context, definition) => (0,esm_index_js_.css) `
  :host([hidden]) {
    display: none;
  }

  :host {
    --elevation: 14;
    --dialog-height: 480px;
    --dialog-width: 640px;
    display: block;
  }

  .overlay {
    position: fixed;
    top: 0;
    left: 0;
    right: 0;
    bottom: 0;
    background: rgba(0, 0, 0, 0.3);
    touch-action: none;
  }

  .positioning-region {
    display: flex;
    justify-content: center;
    position: fixed;
    top: 0;
    bottom: 0;
    left: 0;
    right: 0;
    overflow: auto;
  }

  .control {
    ${elevation}
    margin-top: auto;
    margin-bottom: auto;
    width: var(--dialog-width);
    height: var(--dialog-height);
    background-color: ${fillColor};
    z-index: 1;
    border-radius: calc(${controlCornerRadius} * 1px);
    border: calc(${strokeWidth} * 1px) solid transparent;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/dialog/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Dialog class
 *
 * @public
 * @tagname jp-dialog
 */
class JupyterDialog extends index_js_.Dialog {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Dialog} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#dialogTemplate}
 *
 *
 * @public
 * @remarks
 * HTML Element: `<jp-dialog>`
 *
 */
const jpDialog = JupyterDialog.compose({
    baseName: 'dialog',
    baseClass: index_js_.Dialog,
    template: index_js_.dialogTemplate,
    styles: dialogStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/disclosure/disclosure.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Styles for Disclosure
 * @public
 */
const disclosureStyles = (context, definition) => (0,esm_index_js_.css) `
  .disclosure {
    transition: height 0.35s;
  }

  .disclosure .invoker::-webkit-details-marker {
    display: none;
  }

  .disclosure .invoker {
    list-style-type: none;
  }

  :host([appearance='accent']) .invoker {
    background: ${accentFillRest};
    color: ${foregroundOnAccentRest};
    font-family: ${bodyFont};
    font-size: ${typeRampBaseFontSize};
    border-radius: calc(${controlCornerRadius} * 1px);
    outline: none;
    cursor: pointer;
    margin: 16px 0;
    padding: 12px;
    max-width: max-content;
  }

  :host([appearance='accent']) .invoker:active {
    background: ${accentFillActive};
    color: ${foregroundOnAccentActive};
  }

  :host([appearance='accent']) .invoker:hover {
    background: ${accentFillHover};
    color: ${foregroundOnAccentHover};
  }

  :host([appearance='lightweight']) .invoker {
    background: transparent;
    color: ${accentForegroundRest};
    border-bottom: calc(${strokeWidth} * 1px) solid ${accentForegroundRest};
    cursor: pointer;
    width: max-content;
    margin: 16px 0;
  }

  :host([appearance='lightweight']) .invoker:active {
    border-bottom-color: ${accentForegroundActive};
  }

  :host([appearance='lightweight']) .invoker:hover {
    border-bottom-color: ${accentForegroundHover};
  }

  .disclosure[open] .invoker ~ * {
    animation: fadeIn 0.5s ease-in-out;
  }

  @keyframes fadeIn {
    0% {
      opacity: 0;
    }
    100% {
      opacity: 1;
    }
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/disclosure/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Disclosure class
 *
 * @public
 * @tagname jp-disclosure
 */
class JupyterDisclosure extends index_js_.Disclosure {
    constructor() {
        super(...arguments);
        /**
         * Disclosure default height
         */
        this.height = 0;
        /**
         * Disclosure height after it's expanded
         */
        this.totalHeight = 0;
    }
    connectedCallback() {
        super.connectedCallback();
        if (!this.appearance) {
            this.appearance = 'accent';
        }
    }
    appearanceChanged(oldValue, newValue) {
        if (oldValue !== newValue) {
            this.classList.add(newValue);
            this.classList.remove(oldValue);
        }
    }
    /**
     * Set disclosure height while transitioning
     * @override
     */
    onToggle() {
        super.onToggle();
        this.details.style.setProperty('height', `${this.disclosureHeight}px`);
    }
    /**
     * Calculate disclosure height before and after expanded
     * @override
     */
    setup() {
        super.setup();
        const getCurrentHeight = () => this.details.getBoundingClientRect().height;
        this.show();
        this.totalHeight = getCurrentHeight();
        this.hide();
        this.height = getCurrentHeight();
        if (this.expanded) {
            this.show();
        }
    }
    get disclosureHeight() {
        return this.expanded ? this.totalHeight : this.height;
    }
}
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], JupyterDisclosure.prototype, "appearance", void 0);
/**
 * A function that returns a {@link @microsoft/fast-foundation#Disclosure} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#disclosureTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-Disclosure>`
 *
 */
const jpDisclosure = JupyterDisclosure.compose({
    baseName: 'disclosure',
    baseClass: index_js_.Disclosure,
    template: index_js_.disclosureTemplate,
    styles: disclosureStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/divider/divider.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Styles for Divider
 * @public
 */
const dividerStyles = (context, definition) => (0,esm_index_js_.css) `
  ${(0,index_js_.display)('block')} :host {
    box-sizing: content-box;
    height: 0;
    margin: calc(${designUnit} * 1px) 0;
    border-top: calc(${strokeWidth} * 1px) solid ${neutralStrokeDividerRest};
    border-left: none;
  }

  :host([orientation='vertical']) {
    height: 100%;
    margin: 0 calc(${designUnit} * 1px);
    border-top: none;
    border-left: calc(${strokeWidth} * 1px) solid ${neutralStrokeDividerRest};
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/divider/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Divider class
 *
 * @public
 * @tagname jp-divider
 */
class JupyterDivider extends index_js_.Divider {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Divider} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#dividerTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-divider>`
 */
const jpDivider = JupyterDivider.compose({
    baseName: 'divider',
    baseClass: index_js_.Divider,
    template: index_js_.dividerTemplate,
    styles: dividerStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/listbox/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Listbox class
 *
 * @public
 * @tagname jp-listbox
 *
 * @fires change - Fires a custom 'change' event when the value has changed
 */
class JupyterListbox extends index_js_.ListboxElement {
    /**
     * Updates the component dimensions when the size property is changed.
     *
     * @param prev - the previous size value
     * @param next - the current size value
     *
     * @internal
     */
    sizeChanged(prev, next) {
        super.sizeChanged(prev, next);
        this.updateComputedStylesheet();
    }
    /**
     * Updates an internal stylesheet with calculated CSS custom properties.
     *
     * @internal
     */
    updateComputedStylesheet() {
        if (this.computedStylesheet) {
            this.$fastController.removeStyles(this.computedStylesheet);
        }
        const listboxSize = `${this.size}`;
        this.computedStylesheet = (0,esm_index_js_.css) `
      :host {
        --size: ${listboxSize};
      }
    `;
        this.$fastController.addStyles(this.computedStylesheet);
    }
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#ListboxElement} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#listboxTemplate}
 *
 * @remarks
 * Generates HTML Element: `<jp-listbox>`
 *
 * @public
 *
 */
const jpListbox = JupyterListbox.compose({
    baseName: 'listbox',
    baseClass: index_js_.ListboxElement,
    template: index_js_.listboxTemplate,
    styles: listboxStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/menu/menu.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Menu
 * @public
 */
const menuStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('block')} :host {
      --elevation: 11;
      background: ${fillColor};
      border: calc(${strokeWidth} * 1px) solid transparent;
      ${elevation}
      margin: 0;
      border-radius: calc(${controlCornerRadius} * 1px);
      padding: calc(${designUnit} * 1px) 0;
      max-width: 368px;
      min-width: 64px;
    }

    :host([slot='submenu']) {
      width: max-content;
      margin: 0 calc(${designUnit} * 1px);
    }

    ::slotted(hr) {
      box-sizing: content-box;
      height: 0;
      margin: 0;
      border: none;
      border-top: calc(${strokeWidth} * 1px) solid ${neutralStrokeDividerRest};
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host {
        background: ${system_colors_SystemColors.Canvas};
        border-color: ${system_colors_SystemColors.CanvasText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/menu/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Menu class
 *
 * @public
 * @tagname jp-menu
 */
class JupyterMenu extends index_js_.Menu {
    /**
     * @internal
     */
    connectedCallback() {
        super.connectedCallback();
        fillColor.setValueFor(this, design_tokens_neutralLayerFloating);
    }
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Menu} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#menuTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-menu>`
 */
const jpMenu = JupyterMenu.compose({
    baseName: 'menu',
    baseClass: index_js_.Menu,
    template: index_js_.menuTemplate,
    styles: menuStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/menu-item/menu-item.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Menu item
 * @public
 */
const menuItemStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('grid')} :host {
      contain: layout;
      overflow: visible;
      font-family: ${bodyFont};
      outline: none;
      box-sizing: border-box;
      height: calc(${heightNumber} * 1px);
      grid-template-columns: minmax(42px, auto) 1fr minmax(42px, auto);
      grid-template-rows: auto;
      justify-items: center;
      align-items: center;
      padding: 0;
      margin: 0 calc(${designUnit} * 1px);
      white-space: nowrap;
      background: ${neutralFillStealthRest};
      color: ${neutralForegroundRest};
      fill: currentcolor;
      cursor: pointer;
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
      border-radius: calc(${controlCornerRadius} * 1px);
      border: calc(${focusStrokeWidth} * 1px) solid transparent;
    }

    :host(:hover) {
      position: relative;
      z-index: 1;
    }

    :host(.indent-0) {
      grid-template-columns: auto 1fr minmax(42px, auto);
    }
    :host(.indent-0) .content {
      grid-column: 1;
      grid-row: 1;
      margin-inline-start: 10px;
    }
    :host(.indent-0) .expand-collapse-glyph-container {
      grid-column: 5;
      grid-row: 1;
    }
    :host(.indent-2) {
      grid-template-columns:
        minmax(42px, auto) minmax(42px, auto) 1fr minmax(42px, auto)
        minmax(42px, auto);
    }
    :host(.indent-2) .content {
      grid-column: 3;
      grid-row: 1;
      margin-inline-start: 10px;
    }
    :host(.indent-2) .expand-collapse-glyph-container {
      grid-column: 5;
      grid-row: 1;
    }
    :host(.indent-2) .start {
      grid-column: 2;
    }
    :host(.indent-2) .end {
      grid-column: 4;
    }

    :host(:${index_js_.focusVisible}) {
      border-color: ${accentFillFocus};
      background: ${neutralFillStealthFocus};
      color: ${neutralForegroundRest};
    }

    :host(:hover) {
      background: ${neutralFillStealthHover};
      color: ${neutralForegroundRest};
    }

    :host(:active) {
      background: ${neutralFillStealthActive};
    }

    :host([aria-checked='true']),
    :host(.expanded) {
      background: ${neutralFillRest};
      color: ${neutralForegroundRest};
    }

    :host([disabled]) {
      cursor: ${index_js_.disabledCursor};
      opacity: ${disabledOpacity};
    }

    :host([disabled]:hover) {
      color: ${neutralForegroundRest};
      fill: currentcolor;
      background: ${neutralFillStealthRest};
    }

    :host([disabled]:hover) .start,
    :host([disabled]:hover) .end,
    :host([disabled]:hover)::slotted(svg),
    :host([disabled]:hover)::slotted(jp-icon) {
      fill: ${neutralForegroundRest};
    }

    .expand-collapse-glyph {
      /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
      width: calc((16 + ${density}) * 1px);
      height: calc((16 + ${density}) * 1px);
      fill: currentcolor;
    }

    .content {
      grid-column-start: 2;
      justify-self: start;
      overflow: hidden;
      text-overflow: ellipsis;
    }

    .start,
    .end {
      display: flex;
      justify-content: center;
    }

    ::slotted(svg),
    ::slotted(jp-icon) {
      /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
      width: 16px;
      height: 16px;

      /* Something like that would do if the typography is adaptive
      font-size: inherit;
      width: ${typeRampPlus1FontSize};
      height: ${typeRampPlus1FontSize};
      */
    }

    :host(:hover) .start,
    :host(:hover) .end,
    :host(:hover)::slotted(svg),
    :host(:hover)::slotted(jp-icon),
    :host(:active) .start,
    :host(:active) .end,
    :host(:active)::slotted(svg),
    :host(:active)::slotted(jp-icon) {
      fill: ${neutralForegroundRest};
    }

    :host(.indent-0[aria-haspopup='menu']) {
      display: grid;
      grid-template-columns: minmax(42px, auto) auto 1fr minmax(42px, auto) minmax(
          42px,
          auto
        );
      align-items: center;
      min-height: 32px;
    }

    :host(.indent-1[aria-haspopup='menu']),
    :host(.indent-1[role='menuitemcheckbox']),
    :host(.indent-1[role='menuitemradio']) {
      display: grid;
      grid-template-columns: minmax(42px, auto) auto 1fr minmax(42px, auto) minmax(
          42px,
          auto
        );
      align-items: center;
      min-height: 32px;
    }

    :host(.indent-2:not([aria-haspopup='menu'])) .end {
      grid-column: 5;
    }

    :host .input-container,
    :host .expand-collapse-glyph-container {
      display: none;
    }

    :host([aria-haspopup='menu']) .expand-collapse-glyph-container,
    :host([role='menuitemcheckbox']) .input-container,
    :host([role='menuitemradio']) .input-container {
      display: grid;
      margin-inline-end: 10px;
    }

    :host([aria-haspopup='menu']) .content,
    :host([role='menuitemcheckbox']) .content,
    :host([role='menuitemradio']) .content {
      grid-column-start: 3;
    }

    :host([aria-haspopup='menu'].indent-0) .content {
      grid-column-start: 1;
    }

    :host([aria-haspopup='menu']) .end,
    :host([role='menuitemcheckbox']) .end,
    :host([role='menuitemradio']) .end {
      grid-column-start: 4;
    }

    :host .expand-collapse,
    :host .checkbox,
    :host .radio {
      display: flex;
      align-items: center;
      justify-content: center;
      position: relative;
      width: 20px;
      height: 20px;
      box-sizing: border-box;
      outline: none;
      margin-inline-start: 10px;
    }

    :host .checkbox,
    :host .radio {
      border: calc(${strokeWidth} * 1px) solid ${neutralForegroundRest};
    }

    :host([aria-checked='true']) .checkbox,
    :host([aria-checked='true']) .radio {
      background: ${accentFillRest};
      border-color: ${accentFillRest};
    }

    :host .checkbox {
      border-radius: calc(${controlCornerRadius} * 1px);
    }

    :host .radio {
      border-radius: 999px;
    }

    :host .checkbox-indicator,
    :host .radio-indicator,
    :host .expand-collapse-indicator,
    ::slotted([slot='checkbox-indicator']),
    ::slotted([slot='radio-indicator']),
    ::slotted([slot='expand-collapse-indicator']) {
      display: none;
    }

    ::slotted([slot='end']:not(svg)) {
      margin-inline-end: 10px;
      color: ${design_tokens_neutralForegroundHint};
    }

    :host([aria-checked='true']) .checkbox-indicator,
    :host([aria-checked='true']) ::slotted([slot='checkbox-indicator']) {
      width: 100%;
      height: 100%;
      display: block;
      fill: ${foregroundOnAccentRest};
      pointer-events: none;
    }

    :host([aria-checked='true']) .radio-indicator {
      position: absolute;
      top: 4px;
      left: 4px;
      right: 4px;
      bottom: 4px;
      border-radius: 999px;
      display: block;
      background: ${foregroundOnAccentRest};
      pointer-events: none;
    }

    :host([aria-checked='true']) ::slotted([slot='radio-indicator']) {
      display: block;
      pointer-events: none;
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host {
        border-color: transparent;
        color: ${system_colors_SystemColors.ButtonText};
        forced-color-adjust: none;
      }

      :host(:hover) {
        background: ${system_colors_SystemColors.Highlight};
        color: ${system_colors_SystemColors.HighlightText};
      }

      :host(:hover) .start,
      :host(:hover) .end,
      :host(:hover)::slotted(svg),
      :host(:hover)::slotted(jp-icon),
      :host(:active) .start,
      :host(:active) .end,
      :host(:active)::slotted(svg),
      :host(:active)::slotted(jp-icon) {
        fill: ${system_colors_SystemColors.HighlightText};
      }

      :host(.expanded) {
        background: ${system_colors_SystemColors.Highlight};
        border-color: ${system_colors_SystemColors.Highlight};
        color: ${system_colors_SystemColors.HighlightText};
      }

      :host(:${index_js_.focusVisible}) {
        background: ${system_colors_SystemColors.Highlight};
        border-color: ${system_colors_SystemColors.ButtonText};
        box-shadow: 0 0 0 calc(${focusStrokeWidth} * 1px) inset
          ${system_colors_SystemColors.HighlightText};
        color: ${system_colors_SystemColors.HighlightText};
        fill: currentcolor;
      }

      :host([disabled]),
      :host([disabled]:hover),
      :host([disabled]:hover) .start,
      :host([disabled]:hover) .end,
      :host([disabled]:hover)::slotted(svg),
      :host([disabled]:hover)::slotted(jp-icon) {
        background: ${system_colors_SystemColors.Canvas};
        color: ${system_colors_SystemColors.GrayText};
        fill: currentcolor;
        opacity: 1;
      }

      :host .expanded-toggle,
      :host .checkbox,
      :host .radio {
        border-color: ${system_colors_SystemColors.ButtonText};
        background: ${system_colors_SystemColors.HighlightText};
      }

      :host([checked='true']) .checkbox,
      :host([checked='true']) .radio {
        background: ${system_colors_SystemColors.HighlightText};
        border-color: ${system_colors_SystemColors.HighlightText};
      }

      :host(:hover) .expanded-toggle,
            :host(:hover) .checkbox,
            :host(:hover) .radio,
            :host(:${index_js_.focusVisible}) .expanded-toggle,
            :host(:${index_js_.focusVisible}) .checkbox,
            :host(:${index_js_.focusVisible}) .radio,
            :host([checked="true"]:hover) .checkbox,
            :host([checked="true"]:hover) .radio,
            :host([checked="true"]:${index_js_.focusVisible}) .checkbox,
            :host([checked="true"]:${index_js_.focusVisible}) .radio {
        border-color: ${system_colors_SystemColors.HighlightText};
      }

      :host([aria-checked='true']) {
        background: ${system_colors_SystemColors.Highlight};
        color: ${system_colors_SystemColors.HighlightText};
      }

      :host([aria-checked='true']) .checkbox-indicator,
      :host([aria-checked='true']) ::slotted([slot='checkbox-indicator']),
      :host([aria-checked='true']) ::slotted([slot='radio-indicator']) {
        fill: ${system_colors_SystemColors.Highlight};
      }

      :host([aria-checked='true']) .radio-indicator {
        background: ${system_colors_SystemColors.Highlight};
      }

      ::slotted([slot='end']:not(svg)) {
        color: ${system_colors_SystemColors.ButtonText};
      }

      :host(:hover) ::slotted([slot="end"]:not(svg)),
            :host(:${index_js_.focusVisible}) ::slotted([slot="end"]:not(svg)) {
        color: ${system_colors_SystemColors.HighlightText};
      }
    `), new DirectionalStyleSheetBehavior((0,esm_index_js_.css) `
        .expand-collapse-glyph {
          transform: rotate(0deg);
        }
      `, (0,esm_index_js_.css) `
        .expand-collapse-glyph {
          transform: rotate(180deg);
        }
      `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/menu-item/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Menu item class
 *
 * @public
 * @tagname jp-menu-item
 */
class JupyterMenuItem extends index_js_.MenuItem {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#MenuItem} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#menuItemTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-menu-item>`
 */
const jpMenuItem = JupyterMenuItem.compose({
    baseName: 'menu-item',
    baseClass: index_js_.MenuItem,
    template: index_js_.menuItemTemplate,
    styles: menuItemStyles,
    checkboxIndicator: /* html */ `
        <svg
            part="checkbox-indicator"
            class="checkbox-indicator"
            viewBox="0 0 20 20"
            xmlns="http://www.w3.org/2000/svg"
        >
            <path
                fill-rule="evenodd"
                clip-rule="evenodd"
                d="M8.143 12.6697L15.235 4.5L16.8 5.90363L8.23812 15.7667L3.80005 11.2556L5.27591 9.7555L8.143 12.6697Z"
            />
        </svg>
    `,
    expandCollapseGlyph: /* html */ `
        <svg
            viewBox="0 0 16 16"
            xmlns="http://www.w3.org/2000/svg"
            class="expand-collapse-glyph"
            part="expand-collapse-glyph"
        >
            <path
                d="M5.00001 12.3263C5.00124 12.5147 5.05566 12.699 5.15699 12.8578C5.25831 13.0167 5.40243 13.1437 5.57273 13.2242C5.74304 13.3047 5.9326 13.3354 6.11959 13.3128C6.30659 13.2902 6.4834 13.2152 6.62967 13.0965L10.8988 8.83532C11.0739 8.69473 11.2153 8.51658 11.3124 8.31402C11.4096 8.11146 11.46 7.88966 11.46 7.66499C11.46 7.44033 11.4096 7.21853 11.3124 7.01597C11.2153 6.81341 11.0739 6.63526 10.8988 6.49467L6.62967 2.22347C6.48274 2.10422 6.30501 2.02912 6.11712 2.00691C5.92923 1.9847 5.73889 2.01628 5.56823 2.09799C5.39757 2.17969 5.25358 2.30817 5.153 2.46849C5.05241 2.62882 4.99936 2.8144 5.00001 3.00369V12.3263Z"
            />
        </svg>
    `,
    radioIndicator: /* html */ `
        <span part="radio-indicator" class="radio-indicator"></span>
    `
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/number-field/number-field.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Styles for Number Field
 * @public
 */
const numberFieldStyles = (context, definition) => (0,esm_index_js_.css) `
  ${BaseFieldStyles}

  .controls {
    opacity: 0;
    margin: auto 0;
  }

  .step-up-glyph,
  .step-down-glyph {
    display: block;
    padding: calc(
        (${designUnit} + 0.5 * ${density} + 0.5 * ${elementScale}) * 1px
      )
      calc((2 + 2 * ${designUnit} + ${density} + ${elementScale}) * 1px);
    cursor: pointer;
  }

  .step-up-glyph:before,
  .step-down-glyph:before {
    content: '';
    display: block;
    border: solid transparent
      calc((2 + ${designUnit} + 0.5 * ${density} + 0.5 * ${elementScale}) * 1px);
  }

  .step-up-glyph:hover:before,
  .step-down-glyph:hover:before {
    background-color: ${neutralFillHover};
  }

  .step-up-glyph:active:before,
  .step-down-glyph:active:before {
    background-color: ${neutralFillActive};
  }

  .step-up-glyph:before {
    border-bottom-color: ${neutralForegroundRest};
  }

  .step-down-glyph:before {
    border-top-color: ${neutralForegroundRest};
  }

  :host(:hover:not([disabled])) .controls,
  :host(:focus-within:not([disabled])) .controls {
    opacity: 1;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/number-field/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Number field class
 *
 * @public
 * @tagname jp-number-field
 */
class JupyterNumberField extends index_js_.NumberField {
    constructor() {
        super(...arguments);
        /**
         * The appearance of the element.
         *
         * @public
         * @remarks
         * HTML Attribute: appearance
         */
        this.appearance = 'outline';
    }
}
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], JupyterNumberField.prototype, "appearance", void 0);
/**
 * A function that returns a {@link @microsoft/fast-foundation#NumberField} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#numberFieldTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-number-field>`
 *
 * {@link https://developer.mozilla.org/en-US/docs/Web/API/ShadowRoot/delegatesFocus | delegatesFocus}
 */
const jpNumberField = JupyterNumberField.compose({
    baseName: 'number-field',
    baseClass: index_js_.NumberField,
    styles: numberFieldStyles,
    template: index_js_.numberFieldTemplate,
    shadowOptions: {
        delegatesFocus: true
    },
    stepDownGlyph: /* html */ `
        <span class="step-down-glyph" part="step-down-glyph"></span>
    `,
    stepUpGlyph: /* html */ `
        <span class="step-up-glyph" part="step-up-glyph"></span>
    `
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/option/option.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for the {@link @microsoft/fast-components#fastOption | Listbox Option} component.
 *
 * @param context - the element definition context
 * @param definition - the foundation element definition
 * @returns The element styles for the listbox option component
 *
 * @public
 */
const optionStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('inline-flex')} :host {
      align-items: center;
      font-family: ${bodyFont};
      border-radius: calc(${controlCornerRadius} * 1px);
      border: calc(${focusStrokeWidth} * 1px) solid transparent;
      box-sizing: border-box;
      background: ${neutralFillStealthRest};
      color: ${neutralForegroundRest};
      cursor: pointer;
      flex: 0 0 auto;
      fill: currentcolor;
      font-size: ${typeRampBaseFontSize};
      height: calc(${heightNumber} * 1px);
      line-height: ${typeRampBaseLineHeight};
      margin: 0 calc((${designUnit} - ${focusStrokeWidth}) * 1px);
      outline: none;
      overflow: hidden;
      padding: 0 1ch;
      user-select: none;
      white-space: nowrap;
    }

    :host(:not([disabled]):not([aria-selected='true']):hover) {
      background: ${neutralFillStealthHover};
    }

    :host(:not([disabled]):not([aria-selected='true']):active) {
      background: ${neutralFillStealthActive};
    }

    :host([aria-selected='true']) {
      background: ${accentFillRest};
      color: ${foregroundOnAccentRest};
    }

    :host(:not([disabled])[aria-selected='true']:hover) {
      background: ${accentFillHover};
      color: ${foregroundOnAccentHover};
    }

    :host(:not([disabled])[aria-selected='true']:active) {
      background: ${accentFillActive};
      color: ${foregroundOnAccentActive};
    }

    :host([disabled]) {
      cursor: ${index_js_.disabledCursor};
      opacity: ${disabledOpacity};
    }

    .content {
      grid-column-start: 2;
      justify-self: start;
      overflow: hidden;
      text-overflow: ellipsis;
    }

    .start,
    .end,
    ::slotted(svg),
    ::slotted(jp-icon) {
      display: flex;
    }

    ::slotted(svg),
    ::slotted(jp-icon) {
      /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
      height: calc(${designUnit} * 4px);
      width: calc(${designUnit} * 4px);
    }

    ::slotted([slot='end']) {
      margin-inline-start: 1ch;
    }

    ::slotted([slot='start']) {
      margin-inline-end: 1ch;
    }

    :host([aria-checked='true'][aria-selected='false']) {
      border-color: ${design_tokens_focusStrokeOuter};
    }

    :host([aria-checked='true'][aria-selected='true']) {
      border-color: ${design_tokens_focusStrokeOuter};
      box-shadow: 0 0 0 calc(${focusStrokeWidth} * 2 * 1px) inset
        ${design_tokens_focusStrokeInner};
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host {
        border-color: transparent;
        forced-color-adjust: none;
        color: ${system_colors_SystemColors.ButtonText};
        fill: currentcolor;
      }

      :host(:not([aria-selected='true']):hover),
      :host([aria-selected='true']) {
        background: ${system_colors_SystemColors.Highlight};
        color: ${system_colors_SystemColors.HighlightText};
      }

      :host([disabled]),
      :host([disabled][aria-selected='false']:hover) {
        background: ${system_colors_SystemColors.Canvas};
        color: ${system_colors_SystemColors.GrayText};
        fill: currentcolor;
        opacity: 1;
      }

      :host([aria-checked='true'][aria-selected='false']) {
        background: ${system_colors_SystemColors.ButtonFace};
        color: ${system_colors_SystemColors.ButtonText};
        border-color: ${system_colors_SystemColors.ButtonText};
      }

      :host([aria-checked='true'][aria-selected='true']),
      :host([aria-checked='true'][aria-selected='true']:hover) {
        background: ${system_colors_SystemColors.Highlight};
        color: ${system_colors_SystemColors.HighlightText};
        border-color: ${system_colors_SystemColors.ButtonText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/option/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Listbox option class
 *
 * @public
 * @tagname jp-option
 */
class JupyterOption extends index_js_.ListboxOption {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#ListboxOption} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#listboxOptionTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-option>`
 *
 */
const jpOption = JupyterOption.compose({
    baseName: 'option',
    baseClass: index_js_.ListboxOption,
    template: index_js_.listboxOptionTemplate,
    styles: optionStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/progress/progress.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Styles for Progress
 * @public
 */
const progressStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('flex')} :host {
      align-items: center;
      outline: none;
      height: calc(${designUnit} * 1px);
      margin: calc(${designUnit} * 1px) 0;
    }

    .progress {
      background-color: ${neutralFillRest};
      border-radius: calc(${designUnit} * 1px);
      width: 100%;
      height: 100%;
      display: flex;
      align-items: center;
      position: relative;
    }

    .determinate {
      background-color: ${accentForegroundRest};
      border-radius: calc(${designUnit} * 1px);
      height: 100%;
      transition: all 0.2s ease-in-out;
      display: flex;
    }

    .indeterminate {
      height: 100%;
      border-radius: calc(${designUnit} * 1px);
      display: flex;
      width: 100%;
      position: relative;
      overflow: hidden;
    }

    .indeterminate-indicator-1 {
      position: absolute;
      opacity: 0;
      height: 100%;
      background-color: ${accentForegroundRest};
      border-radius: calc(${designUnit} * 1px);
      animation-timing-function: cubic-bezier(0.4, 0, 0.6, 1);
      width: 40%;
      animation: indeterminate-1 2s infinite;
    }

    .indeterminate-indicator-2 {
      position: absolute;
      opacity: 0;
      height: 100%;
      background-color: ${accentForegroundRest};
      border-radius: calc(${designUnit} * 1px);
      animation-timing-function: cubic-bezier(0.4, 0, 0.6, 1);
      width: 60%;
      animation: indeterminate-2 2s infinite;
    }

    :host([paused]) .indeterminate-indicator-1,
    :host([paused]) .indeterminate-indicator-2 {
      animation-play-state: paused;
      background-color: ${neutralFillRest};
    }

    :host([paused]) .determinate {
      background-color: ${design_tokens_neutralForegroundHint};
    }

    @keyframes indeterminate-1 {
      0% {
        opacity: 1;
        transform: translateX(-100%);
      }
      70% {
        opacity: 1;
        transform: translateX(300%);
      }
      70.01% {
        opacity: 0;
      }
      100% {
        opacity: 0;
        transform: translateX(300%);
      }
    }

    @keyframes indeterminate-2 {
      0% {
        opacity: 0;
        transform: translateX(-150%);
      }
      29.99% {
        opacity: 0;
      }
      30% {
        opacity: 1;
        transform: translateX(-150%);
      }
      100% {
        transform: translateX(166.66%);
        opacity: 1;
      }
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      .progress {
        forced-color-adjust: none;
        background-color: ${system_colors_SystemColors.Field};
        box-shadow: 0 0 0 1px inset ${system_colors_SystemColors.FieldText};
      }
      .determinate,
      .indeterminate-indicator-1,
      .indeterminate-indicator-2 {
        forced-color-adjust: none;
        background-color: ${system_colors_SystemColors.FieldText};
      }
      :host([paused]) .determinate,
      :host([paused]) .indeterminate-indicator-1,
      :host([paused]) .indeterminate-indicator-2 {
        background-color: ${system_colors_SystemColors.GrayText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/progress/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Progress bar class
 *
 * @public
 * @tagname jp-progress
 */
class JupyterProgress extends index_js_.BaseProgress {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#BaseProgress} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#progressTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-progress>`
 */
const jpProgress = JupyterProgress.compose({
    baseName: 'progress',
    baseClass: index_js_.BaseProgress,
    template: index_js_.progressTemplate,
    styles: progressStyles,
    indeterminateIndicator1: /* html */ `
        <span class="indeterminate-indicator-1" part="indeterminate-indicator-1"></span>
    `,
    indeterminateIndicator2: /* html */ `
        <span class="indeterminate-indicator-2" part="indeterminate-indicator-2"></span>
    `
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/progress-ring/progress-ring.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Progress Ring
 * @public
 */
const progressRingStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('flex')} :host {
      align-items: center;
      outline: none;
      height: calc(${heightNumber} * 1px);
      width: calc(${heightNumber} * 1px);
      margin: calc(${heightNumber} * 1px) 0;
    }

    .progress {
      height: 100%;
      width: 100%;
    }

    .background {
      stroke: ${neutralFillRest};
      fill: none;
      stroke-width: 2px;
    }

    .determinate {
      stroke: ${accentForegroundRest};
      fill: none;
      stroke-width: 2px;
      stroke-linecap: round;
      transform-origin: 50% 50%;
      transform: rotate(-90deg);
      transition: all 0.2s ease-in-out;
    }

    .indeterminate-indicator-1 {
      stroke: ${accentForegroundRest};
      fill: none;
      stroke-width: 2px;
      stroke-linecap: round;
      transform-origin: 50% 50%;
      transform: rotate(-90deg);
      transition: all 0.2s ease-in-out;
      animation: spin-infinite 2s linear infinite;
    }

    :host([paused]) .indeterminate-indicator-1 {
      animation-play-state: paused;
      stroke: ${neutralFillRest};
    }

    :host([paused]) .determinate {
      stroke: ${design_tokens_neutralForegroundHint};
    }

    @keyframes spin-infinite {
      0% {
        stroke-dasharray: 0.01px 43.97px;
        transform: rotate(0deg);
      }
      50% {
        stroke-dasharray: 21.99px 21.99px;
        transform: rotate(450deg);
      }
      100% {
        stroke-dasharray: 0.01px 43.97px;
        transform: rotate(1080deg);
      }
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      .indeterminate-indicator-1,
      .determinate {
        stroke: ${system_colors_SystemColors.FieldText};
      }
      .background {
        stroke: ${system_colors_SystemColors.Field};
      }
      :host([paused]) .indeterminate-indicator-1 {
        stroke: ${system_colors_SystemColors.Field};
      }
      :host([paused]) .determinate {
        stroke: ${system_colors_SystemColors.GrayText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/progress-ring/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Progress ring class
 *
 * @public
 * @tagname jp-progress-ring
 */
class JupyterProgressRing extends index_js_.BaseProgress {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#BaseProgress} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#progressRingTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-progress-ring>`
 */
const jpProgressRing = JupyterProgressRing.compose({
    baseName: 'progress-ring',
    baseClass: index_js_.BaseProgress,
    template: index_js_.progressRingTemplate,
    styles: progressRingStyles,
    indeterminateIndicator: /* html */ `
        <svg class="progress" part="progress" viewBox="0 0 16 16">
            <circle
                class="background"
                part="background"
                cx="8px"
                cy="8px"
                r="7px"
            ></circle>
            <circle
                class="indeterminate-indicator-1"
                part="indeterminate-indicator-1"
                cx="8px"
                cy="8px"
                r="7px"
            ></circle>
        </svg>
    `
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/radio/radio.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Radio
 * @public
 */
const radioStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('inline-flex')} :host {
      --input-size: calc((${heightNumber} / 2) + ${designUnit});
      align-items: center;
      outline: none;
      margin: calc(${designUnit} * 1px) 0;
      /* Chromium likes to select label text or the default slot when
                the radio is clicked. Maybe there is a better solution here? */
      user-select: none;
      position: relative;
      flex-direction: row;
      transition: all 0.2s ease-in-out;
    }

    .control {
      position: relative;
      width: calc((${heightNumber} / 2 + ${designUnit}) * 1px);
      height: calc((${heightNumber} / 2 + ${designUnit}) * 1px);
      box-sizing: border-box;
      border-radius: 999px;
      border: calc(${strokeWidth} * 1px) solid ${neutralStrokeRest};
      background: ${neutralFillInputRest};
      outline: none;
      cursor: pointer;
    }

    :host([aria-invalid='true']) .control {
      border-color: ${errorFillRest};
    }

    .label {
      font-family: ${bodyFont};
      color: ${neutralForegroundRest};
      padding-inline-start: calc(${designUnit} * 2px + 2px);
      margin-inline-end: calc(${designUnit} * 2px + 2px);
      cursor: pointer;
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
    }

    .label__hidden {
      display: none;
      visibility: hidden;
    }

    .control,
    .checked-indicator {
      flex-shrink: 0;
    }

    .checked-indicator {
      position: absolute;
      top: 5px;
      left: 5px;
      right: 5px;
      bottom: 5px;
      border-radius: 999px;
      display: inline-block;
      background: ${foregroundOnAccentRest};
      fill: ${foregroundOnAccentRest};
      opacity: 0;
      pointer-events: none;
    }

    :host(:not([disabled])) .control:hover {
      background: ${neutralFillInputHover};
      border-color: ${neutralStrokeHover};
    }

    :host([aria-invalid='true']:not([disabled])) .control:hover {
      border-color: ${errorFillHover};
    }

    :host(:not([disabled])) .control:active {
      background: ${neutralFillInputActive};
      border-color: ${neutralStrokeActive};
    }

    :host([aria-invalid='true']:not([disabled])) .control:active {
      border-color: ${errorFillActive};
    }

    :host(:${index_js_.focusVisible}) .control {
      outline: solid calc(${focusStrokeWidth} * 1px) ${accentFillFocus};
    }

    :host([aria-invalid='true']:${index_js_.focusVisible}) .control {
      outline-color: ${errorFillFocus};
    }

    :host([aria-checked='true']) .control {
      background: ${accentFillRest};
      border: calc(${strokeWidth} * 1px) solid ${accentFillRest};
    }

    :host([aria-invalid='true'][aria-checked='true']) .control {
      background-color: ${errorFillRest};
      border-color: ${errorFillRest};
    }

    :host([aria-checked='true']:not([disabled])) .control:hover {
      background: ${accentFillHover};
      border: calc(${strokeWidth} * 1px) solid ${accentFillHover};
    }

    :host([aria-invalid='true'][aria-checked='true']:not([disabled]))
      .control:hover {
      background-color: ${errorFillHover};
      border-color: ${errorFillHover};
    }

    :host([aria-checked='true']:not([disabled]))
      .control:hover
      .checked-indicator {
      background: ${foregroundOnAccentHover};
      fill: ${foregroundOnAccentHover};
    }

    :host([aria-checked='true']:not([disabled])) .control:active {
      background: ${accentFillActive};
      border: calc(${strokeWidth} * 1px) solid ${accentFillActive};
    }

    :host([aria-invalid='true'][aria-checked='true']:not([disabled]))
      .control:active {
      background-color: ${errorFillActive};
      border-color: ${errorFillActive};
    }

    :host([aria-checked='true']:not([disabled]))
      .control:active
      .checked-indicator {
      background: ${foregroundOnAccentActive};
      fill: ${foregroundOnAccentActive};
    }

    :host([aria-checked="true"]:${index_js_.focusVisible}:not([disabled])) .control {
      outline-offset: 2px;
      outline: solid calc(${focusStrokeWidth} * 1px) ${accentFillFocus};
    }

    :host([aria-invalid='true'][aria-checked="true"]:${index_js_.focusVisible}:not([disabled])) .control {
      outline-color: ${errorFillFocus};
    }

    :host([disabled]) .label,
    :host([readonly]) .label,
    :host([readonly]) .control,
    :host([disabled]) .control {
      cursor: ${index_js_.disabledCursor};
    }

    :host([aria-checked='true']) .checked-indicator {
      opacity: 1;
    }

    :host([disabled]) {
      opacity: ${disabledOpacity};
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      .control,
      :host([aria-checked='true']:not([disabled])) .control {
        forced-color-adjust: none;
        border-color: ${system_colors_SystemColors.FieldText};
        background: ${system_colors_SystemColors.Field};
      }
      :host([aria-invalid='true']) {
        border-style: dashed;
      }
      :host(:not([disabled])) .control:hover {
        border-color: ${system_colors_SystemColors.Highlight};
        background: ${system_colors_SystemColors.Field};
      }
      :host([aria-checked='true']:not([disabled])) .control:hover,
      :host([aria-checked='true']:not([disabled])) .control:active {
        border-color: ${system_colors_SystemColors.Highlight};
        background: ${system_colors_SystemColors.Highlight};
      }
      :host([aria-checked='true']) .checked-indicator {
        background: ${system_colors_SystemColors.Highlight};
        fill: ${system_colors_SystemColors.Highlight};
      }
      :host([aria-checked='true']:not([disabled]))
        .control:hover
        .checked-indicator,
      :host([aria-checked='true']:not([disabled]))
        .control:active
        .checked-indicator {
        background: ${system_colors_SystemColors.HighlightText};
        fill: ${system_colors_SystemColors.HighlightText};
      }
      :host(:${index_js_.focusVisible}) .control {
        border-color: ${system_colors_SystemColors.Highlight};
        outline-offset: 2px;
        outline: solid calc(${focusStrokeWidth} * 1px) ${system_colors_SystemColors.FieldText};
      }
      :host([aria-checked="true"]:${index_js_.focusVisible}:not([disabled])) .control {
        border-color: ${system_colors_SystemColors.Highlight};
        outline: solid calc(${focusStrokeWidth} * 1px) ${system_colors_SystemColors.FieldText};
      }
      :host([disabled]) {
        forced-color-adjust: none;
        opacity: 1;
      }
      :host([disabled]) .label {
        color: ${system_colors_SystemColors.GrayText};
      }
      :host([disabled]) .control,
      :host([aria-checked='true'][disabled]) .control:hover,
      .control:active {
        background: ${system_colors_SystemColors.Field};
        border-color: ${system_colors_SystemColors.GrayText};
      }
      :host([disabled]) .checked-indicator,
      :host([aria-checked='true'][disabled]) .control:hover .checked-indicator {
        fill: ${system_colors_SystemColors.GrayText};
        background: ${system_colors_SystemColors.GrayText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/radio/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



const radioTemplate = (context, definition) => (0,esm_index_js_.html) `
  <template
    role="radio"
    aria-checked="${x => x.checked}"
    aria-required="${x => x.required}"
    aria-disabled="${x => x.disabled}"
    aria-readonly="${x => x.readOnly}"
    @keypress="${(x, c) => x.keypressHandler(c.event)}"
    @click="${(x, c) => x.clickHandler(c.event)}"
  >
    <div part="control" class="control">
      <slot name="checked-indicator">
        ${definition.checkedIndicator || ''}
      </slot>
    </div>
    <label
      part="label"
      class="${x => x.defaultSlottedNodes && x.defaultSlottedNodes.length
    ? 'label'
    : 'label label__hidden'}"
    >
      <slot ${(0,esm_index_js_.slotted)('defaultSlottedNodes')}></slot>
    </label>
  </template>
`;
/**
 * Radio class
 * @public
 * @tagname jp-radio
 */
class JupyterRadio extends index_js_.Radio {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Radio} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#radioTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-radio>`
 */
const jpRadio = JupyterRadio.compose({
    baseName: 'radio',
    baseClass: index_js_.Radio,
    template: radioTemplate,
    styles: radioStyles,
    checkedIndicator: /* html */ `
        <div part="checked-indicator" class="checked-indicator"></div>
    `
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/radio-group/radio-group.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Styles for Radio Group
 * @public
 */
const radioGroupStyles = (context, definition) => (0,esm_index_js_.css) `
  ${(0,index_js_.display)('flex')} :host {
    align-items: flex-start;
    margin: calc(${designUnit} * 1px) 0;
    flex-direction: column;
  }
  .positioning-region {
    display: flex;
    flex-wrap: wrap;
  }
  :host([orientation='vertical']) .positioning-region {
    flex-direction: column;
  }
  :host([orientation='horizontal']) .positioning-region {
    flex-direction: row;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/radio-group/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * RadioGroup class
 * @public
 * @tagname jp-radio-group
 */
class JupyterRadioGroup extends index_js_.RadioGroup {
    constructor() {
        super();
        // FIXME work around for private slottedRadioButtonsChanged
        const notifier = esm_index_js_.Observable.getNotifier(this);
        const handler = {
            handleChange(source, propertyName) {
                if (propertyName === 'slottedRadioButtons') {
                    source.ariaInvalidChanged();
                }
            }
        };
        notifier.subscribe(handler, 'slottedRadioButtons');
    }
    ariaInvalidChanged() {
        if (this.slottedRadioButtons) {
            this.slottedRadioButtons.forEach(radio => {
                var _a;
                radio.setAttribute('aria-invalid', (_a = this.getAttribute('aria-invalid')) !== null && _a !== void 0 ? _a : 'false');
            });
        }
    }
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#RadioGroup} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#radioGroupTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-radio-group>`
 */
const jpRadioGroup = JupyterRadioGroup.compose({
    baseName: 'radio-group',
    baseClass: index_js_.RadioGroup,
    template: index_js_.radioGroupTemplate,
    styles: radioGroupStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/search/search.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




const clearButtonHover = index_js_.DesignToken.create('clear-button-hover').withDefault((target) => {
    const buttonRecipe = neutralFillStealthRecipe.getValueFor(target);
    const inputRecipe = neutralFillRecipe.getValueFor(target);
    return buttonRecipe.evaluate(target, inputRecipe.evaluate(target).hover)
        .hover;
});
const clearButtonActive = index_js_.DesignToken.create('clear-button-active').withDefault((target) => {
    const buttonRecipe = neutralFillStealthRecipe.getValueFor(target);
    const inputRecipe = neutralFillRecipe.getValueFor(target);
    return buttonRecipe.evaluate(target, inputRecipe.evaluate(target).hover)
        .active;
});
const searchStyles = (context, definition) => (0,esm_index_js_.css) `
  ${BaseFieldStyles}

  .control::-webkit-search-cancel-button {
    -webkit-appearance: none;
  }

  .control:hover,
    .control:${index_js_.focusVisible},
    .control:disabled,
    .control:active {
    outline: none;
  }

  .clear-button {
    height: calc(100% - 2px);
    opacity: 0;
    margin: 1px;
    background: transparent;
    color: ${neutralForegroundRest};
    fill: currentcolor;
    border: none;
    border-radius: calc(${controlCornerRadius} * 1px);
    min-width: calc(${heightNumber} * 1px);
    font-size: ${typeRampBaseFontSize};
    line-height: ${typeRampBaseLineHeight};
    outline: none;
    font-family: ${bodyFont};
    padding: 0 calc((10 + (${designUnit} * 2 * ${density})) * 1px);
  }

  .clear-button:hover {
    background: ${neutralFillStealthHover};
  }

  .clear-button:active {
    background: ${neutralFillStealthActive};
  }

  :host([appearance='filled']) .clear-button:hover {
    background: ${clearButtonHover};
  }

  :host([appearance='filled']) .clear-button:active {
    background: ${clearButtonActive};
  }

  .input-wrapper {
    display: flex;
    position: relative;
    width: 100%;
  }

  .start,
  .end {
    display: flex;
    margin: 1px;
    fill: currentcolor;
  }

  ::slotted([slot='end']) {
    height: 100%;
  }

  .end {
    margin-inline-end: 1px;
    height: calc(100% - 2px);
  }

  ::slotted(svg),
  ::slotted(jp-icon) {
    /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
    width: 16px;
    height: 16px;
    margin-inline-end: 11px;
    margin-inline-start: 11px;
    margin-top: auto;
    margin-bottom: auto;
  }

  .clear-button__hidden {
    opacity: 0;
  }

  :host(:hover:not([disabled], [readOnly])) .clear-button,
  :host(:active:not([disabled], [readOnly])) .clear-button,
  :host(:focus-within:not([disabled], [readOnly])) .clear-button {
    opacity: 1;
  }

  :host(:hover:not([disabled], [readOnly])) .clear-button__hidden,
  :host(:active:not([disabled], [readOnly])) .clear-button__hidden,
  :host(:focus-within:not([disabled], [readOnly])) .clear-button__hidden {
    opacity: 0;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/search/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Search field class
 *
 * @public
 * @tagname jp-search
 *
 * @fires input - Fires a custom 'input' event when the value has changed
 * @fires change - Fires a custom 'change' event when the value has changed
 */
class JupyterSearch extends index_js_.Search {
    constructor() {
        super(...arguments);
        /**
         * The appearance of the element.
         *
         * @public
         * @remarks
         * HTML Attribute: appearance
         */
        this.appearance = 'outline';
    }
}
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], JupyterSearch.prototype, "appearance", void 0);
/**
 * A function that returns a {@link @microsoft/fast-foundation#Search} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#searchTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-search>`
 *
 * {@link https://developer.mozilla.org/en-US/docs/Web/API/ShadowRoot/delegatesFocus | delegatesFocus}
 */
const jpSearch = JupyterSearch.compose({
    baseName: 'search',
    baseClass: index_js_.Search,
    template: index_js_.searchTemplate,
    styles: searchStyles,
    shadowOptions: {
        delegatesFocus: true
    }
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/select/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Select class
 * @public
 * @tagname jp-select
 */
class JupyterSelect extends index_js_.Select {
    constructor() {
        super(...arguments);
        /**
         * The cached scroll width of the listbox when visible.
         *
         * @internal
         */
        this.listboxScrollWidth = '';
    }
    /**
     * (Un-)set the width when the autoWidth property changes.
     *
     * @param prev - the previous autoWidth value
     * @param next - the current autoWidth value
     */
    autoWidthChanged(prev, next) {
        if (next) {
            this.setAutoWidth();
        }
        else {
            this.style.removeProperty('width');
        }
    }
    /**
     * Compute the listbox width to set the one of the input.
     */
    setAutoWidth() {
        if (!this.autoWidth || !this.isConnected) {
            return;
        }
        let listWidth = this.listbox.getBoundingClientRect().width;
        // If the list has not been displayed yet trick to get its size
        if (listWidth === 0 && this.listbox.hidden) {
            Object.assign(this.listbox.style, { visibility: 'hidden' });
            this.listbox.removeAttribute('hidden');
            listWidth = this.listbox.getBoundingClientRect().width;
            this.listbox.setAttribute('hidden', '');
            this.listbox.style.removeProperty('visibility');
        }
        if (listWidth > 0) {
            Object.assign(this.style, { width: `${listWidth}px` });
        }
    }
    /**
     * @internal
     */
    connectedCallback() {
        super.connectedCallback();
        this.setAutoWidth();
        if (this.listbox) {
            fillColor.setValueFor(this.listbox, design_tokens_neutralLayerFloating);
        }
    }
    /**
     * Synchronize the form-associated proxy and updates the value property of the element.
     *
     * @param prev - the previous collection of slotted option elements
     * @param next - the next collection of slotted option elements
     *
     * @internal
     */
    slottedOptionsChanged(prev, next) {
        super.slottedOptionsChanged(prev, next);
        this.setAutoWidth();
    }
    /**
     * Returns the calculated max height for the listbox.
     *
     * @internal
     * @remarks
     * Used to generate the `--listbox-max-height` CSS custom property.
     *
     */
    get listboxMaxHeight() {
        return Math.floor(this.maxHeight / heightNumberAsToken.getValueFor(this)).toString();
    }
    /**
     * @internal
     */
    listboxScrollWidthChanged() {
        this.updateComputedStylesheet();
    }
    /**
     * Returns the size value, if any. Otherwise, returns 4 if in
     * multi-selection mode, or 0 if in single-selection mode.
     *
     * @internal
     * @remarks
     * Used to generate the `--size` CSS custom property.
     *
     */
    get selectSize() {
        var _a;
        return `${(_a = this.size) !== null && _a !== void 0 ? _a : (this.multiple ? 4 : 0)}`;
    }
    /**
     * Updates the computed stylesheet when the multiple property changes.
     *
     * @param prev - the previous multiple value
     * @param next - the current multiple value
     *
     * @override
     * @internal
     */
    multipleChanged(prev, next) {
        super.multipleChanged(prev, next);
        this.updateComputedStylesheet();
    }
    /**
     * Sets the selectMaxSize design token when the maxHeight property changes.
     *
     * @param prev - the previous maxHeight value
     * @param next - the current maxHeight value
     *
     * @internal
     */
    maxHeightChanged(prev, next) {
        if (this.collapsible) {
            this.updateComputedStylesheet();
        }
    }
    setPositioning() {
        super.setPositioning();
        this.updateComputedStylesheet();
    }
    /**
     * Updates the component dimensions when the size property is changed.
     *
     * @param prev - the previous size value
     * @param next - the current size value
     *
     * @override
     * @internal
     */
    sizeChanged(prev, next) {
        super.sizeChanged(prev, next);
        this.updateComputedStylesheet();
        if (this.collapsible) {
            requestAnimationFrame(() => {
                this.listbox.style.setProperty('display', 'flex');
                this.listbox.style.setProperty('overflow', 'visible');
                this.listbox.style.setProperty('visibility', 'hidden');
                this.listbox.style.setProperty('width', 'auto');
                this.listbox.hidden = false;
                this.listboxScrollWidth = `${this.listbox.scrollWidth}`;
                this.listbox.hidden = true;
                this.listbox.style.removeProperty('display');
                this.listbox.style.removeProperty('overflow');
                this.listbox.style.removeProperty('visibility');
                this.listbox.style.removeProperty('width');
            });
            return;
        }
        this.listboxScrollWidth = '';
    }
    /**
     * Updates an internal stylesheet with calculated CSS custom properties.
     *
     * @internal
     */
    updateComputedStylesheet() {
        if (this.computedStylesheet) {
            this.$fastController.removeStyles(this.computedStylesheet);
        }
        this.computedStylesheet = (0,esm_index_js_.css) `
      :host {
        --listbox-max-height: ${this.listboxMaxHeight};
        --listbox-scroll-width: ${this.listboxScrollWidth};
        --size: ${this.selectSize};
      }
    `;
        this.$fastController.addStyles(this.computedStylesheet);
    }
}
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ attribute: 'autowidth', mode: 'boolean' })
], JupyterSelect.prototype, "autoWidth", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ attribute: 'minimal', mode: 'boolean' })
], JupyterSelect.prototype, "minimal", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], JupyterSelect.prototype, "scale", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.observable
], JupyterSelect.prototype, "listboxScrollWidth", void 0);
/**
 * A function that returns a {@link @microsoft/fast-foundation#Select} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#selectTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-select>`
 *
 */
const jpSelect = JupyterSelect.compose({
    baseName: 'select',
    baseClass: index_js_.Select,
    template: index_js_.selectTemplate,
    styles: selectStyles,
    indicator: /* html */ `
        <svg
            class="select-indicator"
            part="select-indicator"
            viewBox="0 0 12 7"
            xmlns="http://www.w3.org/2000/svg"
        >
            <path
                d="M11.85.65c.2.2.2.5 0 .7L6.4 6.84a.55.55 0 01-.78 0L.14 1.35a.5.5 0 11.71-.7L6 5.8 11.15.65c.2-.2.5-.2.7 0z"
            />
        </svg>
    `
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/skeleton/skeleton.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Skeleton
 * @public
 */
const skeletonStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('block')} :host {
      --skeleton-fill-default: #e1dfdd;
      overflow: hidden;
      width: 100%;
      position: relative;
      background-color: var(--skeleton-fill, var(--skeleton-fill-default));
      --skeleton-animation-gradient-default: linear-gradient(
        270deg,
        var(--skeleton-fill, var(--skeleton-fill-default)) 0%,
        #f3f2f1 51.13%,
        var(--skeleton-fill, var(--skeleton-fill-default)) 100%
      );
      --skeleton-animation-timing-default: ease-in-out;
    }

    :host([shape='rect']) {
      border-radius: calc(${controlCornerRadius} * 1px);
    }

    :host([shape='circle']) {
      border-radius: 100%;
      overflow: hidden;
    }

    object {
      position: absolute;
      width: 100%;
      height: auto;
      z-index: 2;
    }

    object img {
      width: 100%;
      height: auto;
    }

    ${(0,index_js_.display)('block')} span.shimmer {
      position: absolute;
      width: 100%;
      height: 100%;
      background-image: var(
        --skeleton-animation-gradient,
        var(--skeleton-animation-gradient-default)
      );
      background-size: 0px 0px / 90% 100%;
      background-repeat: no-repeat;
      background-color: var(--skeleton-animation-fill, ${neutralFillRest});
      animation: shimmer 2s infinite;
      animation-timing-function: var(
        --skeleton-animation-timing,
        var(--skeleton-timing-default)
      );
      animation-direction: normal;
      z-index: 1;
    }

    ::slotted(svg),
    ::slotted(jp-icon) {
      z-index: 2;
    }

    ::slotted(.pattern) {
      width: 100%;
      height: 100%;
    }

    @keyframes shimmer {
      0% {
        transform: translateX(-100%);
      }
      100% {
        transform: translateX(100%);
      }
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host {
        forced-color-adjust: none;
        background-color: ${system_colors_SystemColors.ButtonFace};
        box-shadow: 0 0 0 1px ${system_colors_SystemColors.ButtonText};
      }

      ${(0,index_js_.display)('block')} span.shimmer {
        display: none;
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/skeleton/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Skeleton class
 *
 * @public
 * @tagname jp-skeleton
 */
class JupyterSkeleton extends index_js_.Skeleton {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Skeleton} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#skeletonTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-skeleton>`
 */
const jpSkeleton = JupyterSkeleton.compose({
    baseName: 'skeleton',
    baseClass: index_js_.Skeleton,
    template: index_js_.skeletonTemplate,
    styles: skeletonStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/slider/slider.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





const slider_styles_ltr = (0,esm_index_js_.css) `
  .track-start {
    left: 0;
  }
`;
const slider_styles_rtl = (0,esm_index_js_.css) `
  .track-start {
    right: 0;
  }
`;
/**
 * Styles for Slider
 * @public
 */
const sliderStyles = (context, definition) => (0,esm_index_js_.css) `
    :host([hidden]) {
      display: none;
    }

    ${(0,index_js_.display)('inline-grid')} :host {
      --thumb-size: calc(${heightNumber} * 0.5 - ${designUnit});
      --thumb-translate: calc(
        var(--thumb-size) * -0.5 + var(--track-width) / 2
      );
      --track-overhang: calc((${designUnit} / 2) * -1);
      --track-width: ${designUnit};
      --jp-slider-height: calc(var(--thumb-size) * 10);
      align-items: center;
      width: 100%;
      margin: calc(${designUnit} * 1px) 0;
      user-select: none;
      box-sizing: border-box;
      border-radius: calc(${controlCornerRadius} * 1px);
      outline: none;
      cursor: pointer;
    }
    :host([orientation='horizontal']) .positioning-region {
      position: relative;
      margin: 0 8px;
      display: grid;
      grid-template-rows: calc(var(--thumb-size) * 1px) 1fr;
    }
    :host([orientation='vertical']) .positioning-region {
      position: relative;
      margin: 0 8px;
      display: grid;
      height: 100%;
      grid-template-columns: calc(var(--thumb-size) * 1px) 1fr;
    }

    :host(:${index_js_.focusVisible}) .thumb-cursor {
      box-shadow:
        0 0 0 2px ${fillColor},
        0 0 0 calc((2 + ${focusStrokeWidth}) * 1px) ${accentFillFocus};
    }

    :host([aria-invalid='true']:${index_js_.focusVisible}) .thumb-cursor {
      box-shadow:
        0 0 0 2px ${fillColor},
        0 0 0 calc((2 + ${focusStrokeWidth}) * 1px) ${errorFillFocus};
    }

    .thumb-container {
      position: absolute;
      height: calc(var(--thumb-size) * 1px);
      width: calc(var(--thumb-size) * 1px);
      transition: all 0.2s ease;
      color: ${neutralForegroundRest};
      fill: currentcolor;
    }
    .thumb-cursor {
      border: none;
      width: calc(var(--thumb-size) * 1px);
      height: calc(var(--thumb-size) * 1px);
      background: ${neutralForegroundRest};
      border-radius: calc(${controlCornerRadius} * 1px);
    }
    .thumb-cursor:hover {
      background: ${neutralForegroundRest};
      border-color: ${neutralStrokeHover};
    }
    .thumb-cursor:active {
      background: ${neutralForegroundRest};
    }
    .track-start {
      background: ${accentForegroundRest};
      position: absolute;
      height: 100%;
      left: 0;
      border-radius: calc(${controlCornerRadius} * 1px);
    }
    :host([aria-invalid='true']) .track-start {
      background-color: ${errorFillRest};
    }
    :host([orientation='horizontal']) .thumb-container {
      transform: translateX(calc(var(--thumb-size) * 0.5px))
        translateY(calc(var(--thumb-translate) * 1px));
    }
    :host([orientation='vertical']) .thumb-container {
      transform: translateX(calc(var(--thumb-translate) * 1px))
        translateY(calc(var(--thumb-size) * 0.5px));
    }
    :host([orientation='horizontal']) {
      min-width: calc(var(--thumb-size) * 1px);
    }
    :host([orientation='horizontal']) .track {
      right: calc(var(--track-overhang) * 1px);
      left: calc(var(--track-overhang) * 1px);
      align-self: start;
      height: calc(var(--track-width) * 1px);
    }
    :host([orientation='vertical']) .track {
      top: calc(var(--track-overhang) * 1px);
      bottom: calc(var(--track-overhang) * 1px);
      width: calc(var(--track-width) * 1px);
      height: 100%;
    }
    .track {
      background: ${neutralStrokeRest};
      position: absolute;
      border-radius: calc(${controlCornerRadius} * 1px);
    }
    :host([orientation='vertical']) {
      height: calc(var(--fast-slider-height) * 1px);
      min-height: calc(var(--thumb-size) * 1px);
      min-width: calc(${designUnit} * 20px);
    }
    :host([orientation='vertical']) .track-start {
      height: auto;
      width: 100%;
      top: 0;
    }
    :host([disabled]),
    :host([readonly]) {
      cursor: ${index_js_.disabledCursor};
    }
    :host([disabled]) {
      opacity: ${disabledOpacity};
    }
  `.withBehaviors(new DirectionalStyleSheetBehavior(slider_styles_ltr, slider_styles_rtl), (0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      .thumb-cursor {
        forced-color-adjust: none;
        border-color: ${system_colors_SystemColors.FieldText};
        background: ${system_colors_SystemColors.FieldText};
      }
      .thumb-cursor:hover,
      .thumb-cursor:active {
        background: ${system_colors_SystemColors.Highlight};
      }
      .track {
        forced-color-adjust: none;
        background: ${system_colors_SystemColors.FieldText};
      }
      :host(:${index_js_.focusVisible}) .thumb-cursor {
        border-color: ${system_colors_SystemColors.Highlight};
      }
      :host([disabled]) {
        opacity: 1;
      }
      :host([disabled]) .track,
      :host([disabled]) .thumb-cursor {
        forced-color-adjust: none;
        background: ${system_colors_SystemColors.GrayText};
      }

      :host(:${index_js_.focusVisible}) .thumb-cursor {
        background: ${system_colors_SystemColors.Highlight};
        border-color: ${system_colors_SystemColors.Highlight};
        box-shadow:
          0 0 0 2px ${system_colors_SystemColors.Field},
          0 0 0 4px ${system_colors_SystemColors.FieldText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/slider/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Slider class
 * @public
 * @tagname jp-slider
 */
class JupyterSlider extends index_js_.Slider {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Slider} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#sliderTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-slider>`
 */
const jpSlider = JupyterSlider.compose({
    baseName: 'slider',
    baseClass: index_js_.Slider,
    template: index_js_.sliderTemplate,
    styles: sliderStyles,
    thumb: /* html */ `
        <div class="thumb-cursor"></div>
    `
});


// EXTERNAL MODULE: ../../../node_modules/@microsoft/fast-web-utilities/dist/aria.js
var aria = __webpack_require__(66748);
;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/slider-label/slider-label.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Horizontal Slider label
 * @public
 */
const horizontalSliderLabelStyles = (0,esm_index_js_.css) `
  :host {
    align-self: start;
    grid-row: 2;
    margin-top: -2px;
    height: calc((${heightNumber} / 2 + ${designUnit}) * 1px);
    width: auto;
  }
  .container {
    grid-template-rows: auto auto;
    grid-template-columns: 0;
  }
  .label {
    margin: 2px 0;
  }
`;
/**
 * Styles for Vertical slider label
 * @public
 */
const verticalSliderLabelStyles = (0,esm_index_js_.css) `
  :host {
    justify-self: start;
    grid-column: 2;
    margin-left: 2px;
    height: auto;
    width: calc((${heightNumber} / 2 + ${designUnit}) * 1px);
  }
  .container {
    grid-template-columns: auto auto;
    grid-template-rows: 0;
    min-width: calc(var(--thumb-size) * 1px);
    height: calc(var(--thumb-size) * 1px);
  }
  .mark {
    transform: rotate(90deg);
    align-self: center;
  }
  .label {
    margin-left: calc((${designUnit} / 2) * 3px);
    align-self: center;
  }
`;
/**
 * Styles for Slider Label
 * @public
 */
const sliderLabelStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('block')} :host {
      font-family: ${bodyFont};
      color: ${neutralForegroundRest};
      fill: currentcolor;
    }
    .root {
      position: absolute;
      display: grid;
    }
    .container {
      display: grid;
      justify-self: center;
    }
    .label {
      justify-self: center;
      align-self: center;
      white-space: nowrap;
      max-width: 30px;
    }
    .mark {
      width: calc((${designUnit} / 4) * 1px);
      height: calc(${heightNumber} * 0.25 * 1px);
      background: ${neutralStrokeRest};
      justify-self: center;
    }
    :host(.disabled) {
      opacity: ${disabledOpacity};
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      .mark {
        forced-color-adjust: none;
        background: ${system_colors_SystemColors.FieldText};
      }
      :host(.disabled) {
        forced-color-adjust: none;
        opacity: 1;
      }
      :host(.disabled) .label {
        color: ${system_colors_SystemColors.GrayText};
      }
      :host(.disabled) .mark {
        background: ${system_colors_SystemColors.GrayText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/slider-label/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Slider label class
 *
 * @public
 * @tagname jp-slider-label
 */
class JupyterSliderLabel extends index_js_.SliderLabel {
    sliderOrientationChanged() {
        if (this.sliderOrientation === aria/* .Orientation.horizontal */.t.horizontal) {
            this.$fastController.addStyles(horizontalSliderLabelStyles);
            this.$fastController.removeStyles(verticalSliderLabelStyles);
        }
        else {
            this.$fastController.addStyles(verticalSliderLabelStyles);
            this.$fastController.removeStyles(horizontalSliderLabelStyles);
        }
    }
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#SliderLabel} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#sliderLabelTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-slider-label>`
 */
const jpSliderLabel = JupyterSliderLabel.compose({
    baseName: 'slider-label',
    baseClass: index_js_.SliderLabel,
    template: index_js_.sliderLabelTemplate,
    styles: sliderLabelStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/switch/switch.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Switch
 * @public
 */
const switchStyles = (context, definition) => (0,esm_index_js_.css) `
    :host([hidden]) {
      display: none;
    }

    ${(0,index_js_.display)('inline-flex')} :host {
      align-items: center;
      outline: none;
      font-family: ${bodyFont};
      margin: calc(${designUnit} * 1px) 0;
      ${
/*
 * Chromium likes to select label text or the default slot when
 * the checkbox is clicked. Maybe there is a better solution here?
 */ ''} user-select: none;
    }

    :host([disabled]) {
      opacity: ${disabledOpacity};
    }

    :host([disabled]) .label,
    :host([readonly]) .label,
    :host([readonly]) .switch,
    :host([disabled]) .switch {
      cursor: ${index_js_.disabledCursor};
    }

    .switch {
      position: relative;
      outline: none;
      box-sizing: border-box;
      width: calc(${heightNumber} * 1px);
      height: calc((${heightNumber} / 2 + ${designUnit}) * 1px);
      background: ${neutralFillInputRest};
      border-radius: calc(${controlCornerRadius} * 1px);
      border: calc(${strokeWidth} * 1px) solid ${neutralStrokeRest};
    }

    :host([aria-invalid='true']) .switch {
      border-color: ${errorFillRest};
    }

    .switch:hover {
      background: ${neutralFillInputHover};
      border-color: ${neutralStrokeHover};
      cursor: pointer;
    }

    :host([disabled]) .switch:hover,
    :host([readonly]) .switch:hover {
      background: ${neutralFillInputHover};
      border-color: ${neutralStrokeHover};
      cursor: ${index_js_.disabledCursor};
    }

    :host([aria-invalid='true'][disabled]) .switch:hover,
    :host([aria-invalid='true'][readonly]) .switch:hover {
      border-color: ${errorFillHover};
    }

    :host(:not([disabled])) .switch:active {
      background: ${neutralFillInputActive};
      border-color: ${neutralStrokeActive};
    }

    :host([aria-invalid='true']:not([disabled])) .switch:active {
      border-color: ${errorFillActive};
    }

    :host(:${index_js_.focusVisible}) .switch {
      outline-offset: 2px;
      outline: solid calc(${focusStrokeWidth} * 1px) ${accentFillFocus};
    }

    :host([aria-invalid='true']:${index_js_.focusVisible}) .switch {
      outline-color: ${errorFillFocus};
    }

    .checked-indicator {
      position: absolute;
      top: 5px;
      bottom: 5px;
      background: ${neutralForegroundRest};
      border-radius: calc(${controlCornerRadius} * 1px);
      transition: all 0.2s ease-in-out;
    }

    .status-message {
      color: ${neutralForegroundRest};
      cursor: pointer;
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
    }

    :host([disabled]) .status-message,
    :host([readonly]) .status-message {
      cursor: ${index_js_.disabledCursor};
    }

    .label {
      color: ${neutralForegroundRest};
      margin-inline-end: calc(${designUnit} * 2px + 2px);
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
      cursor: pointer;
    }

    .label__hidden {
      display: none;
      visibility: hidden;
    }

    ::slotted([slot='checked-message']),
    ::slotted([slot='unchecked-message']) {
      margin-inline-start: calc(${designUnit} * 2px + 2px);
    }

    :host([aria-checked='true']) .checked-indicator {
      background: ${foregroundOnAccentRest};
    }

    :host([aria-checked='true']) .switch {
      background: ${accentFillRest};
      border-color: ${accentFillRest};
    }

    :host([aria-checked='true']:not([disabled])) .switch:hover {
      background: ${accentFillHover};
      border-color: ${accentFillHover};
    }

    :host([aria-invalid='true'][aria-checked='true']) .switch {
      background-color: ${errorFillRest};
      border-color: ${errorFillRest};
    }

    :host([aria-invalid='true'][aria-checked='true']:not([disabled]))
      .switch:hover {
      background-color: ${errorFillHover};
      border-color: ${errorFillHover};
    }

    :host([aria-checked='true']:not([disabled]))
      .switch:hover
      .checked-indicator {
      background: ${foregroundOnAccentHover};
    }

    :host([aria-checked='true']:not([disabled])) .switch:active {
      background: ${accentFillActive};
      border-color: ${accentFillActive};
    }

    :host([aria-invalid='true'][aria-checked='true']:not([disabled]))
      .switch:active {
      background-color: ${errorFillActive};
      border-color: ${errorFillActive};
    }

    :host([aria-checked='true']:not([disabled]))
      .switch:active
      .checked-indicator {
      background: ${foregroundOnAccentActive};
    }

    :host([aria-checked="true"]:${index_js_.focusVisible}:not([disabled])) .switch {
      outline: solid calc(${focusStrokeWidth} * 1px) ${accentFillFocus};
    }

    :host([aria-invalid='true'][aria-checked="true"]:${index_js_.focusVisible}:not([disabled])) .switch {
      outline-color: ${errorFillFocus};
    }

    .unchecked-message {
      display: block;
    }

    .checked-message {
      display: none;
    }

    :host([aria-checked='true']) .unchecked-message {
      display: none;
    }

    :host([aria-checked='true']) .checked-message {
      display: block;
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      .checked-indicator,
      :host(:not([disabled])) .switch:active .checked-indicator {
        forced-color-adjust: none;
        background: ${system_colors_SystemColors.FieldText};
      }
      .switch {
        forced-color-adjust: none;
        background: ${system_colors_SystemColors.Field};
        border-color: ${system_colors_SystemColors.FieldText};
      }
      :host([aria-invalid='true']) .switch {
        border-style: dashed;
      }
      :host(:not([disabled])) .switch:hover {
        background: ${system_colors_SystemColors.HighlightText};
        border-color: ${system_colors_SystemColors.Highlight};
      }
      :host([aria-checked='true']) .switch {
        background: ${system_colors_SystemColors.Highlight};
        border-color: ${system_colors_SystemColors.Highlight};
      }
      :host([aria-checked='true']:not([disabled])) .switch:hover,
      :host(:not([disabled])) .switch:active {
        background: ${system_colors_SystemColors.HighlightText};
        border-color: ${system_colors_SystemColors.Highlight};
      }
      :host([aria-checked='true']) .checked-indicator {
        background: ${system_colors_SystemColors.HighlightText};
      }
      :host([aria-checked='true']:not([disabled]))
        .switch:hover
        .checked-indicator {
        background: ${system_colors_SystemColors.Highlight};
      }
      :host([disabled]) {
        opacity: 1;
      }
      :host(:${index_js_.focusVisible}) .switch {
        border-color: ${system_colors_SystemColors.Highlight};
        outline-offset: 2px;
        outline: solid calc(${focusStrokeWidth} * 1px) ${system_colors_SystemColors.FieldText};
      }
      :host([aria-checked="true"]:${index_js_.focusVisible}:not([disabled])) .switch {
        outline: solid calc(${focusStrokeWidth} * 1px) ${system_colors_SystemColors.FieldText};
      }
      :host([disabled]) .checked-indicator {
        background: ${system_colors_SystemColors.GrayText};
      }
      :host([disabled]) .switch {
        background: ${system_colors_SystemColors.Field};
        border-color: ${system_colors_SystemColors.GrayText};
      }
    `), new DirectionalStyleSheetBehavior((0,esm_index_js_.css) `
        .checked-indicator {
          left: 5px;
          right: calc(((${heightNumber} / 2) + 1) * 1px);
        }

        :host([aria-checked='true']) .checked-indicator {
          left: calc(((${heightNumber} / 2) + 1) * 1px);
          right: 5px;
        }
      `, (0,esm_index_js_.css) `
        .checked-indicator {
          right: 5px;
          left: calc(((${heightNumber} / 2) + 1) * 1px);
        }

        :host([aria-checked='true']) .checked-indicator {
          right: calc(((${heightNumber} / 2) + 1) * 1px);
          left: 5px;
        }
      `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/switch/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Switch class
 * @public
 * @tagname jp-switch
 */
class JupyterSwitch extends index_js_.Switch {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Switch} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#switchTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-switch>`
 */
const jpSwitch = JupyterSwitch.compose({
    baseName: 'switch',
    baseClass: index_js_.Switch,
    template: index_js_.switchTemplate,
    styles: switchStyles,
    switch: /* html */ `
        <span class="checked-indicator" part="checked-indicator"></span>
    `
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tab-panel/tab-panel.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Styles for Tab Panel
 * @public
 */
const tabPanelStyles = (context, definition) => (0,esm_index_js_.css) `
  ${(0,index_js_.display)('block')} :host {
    box-sizing: border-box;
    font-size: ${typeRampBaseFontSize};
    line-height: ${typeRampBaseLineHeight};
    padding: 0 calc((6 + (${designUnit} * 2 * ${density})) * 1px);
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tab-panel/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Tab panel class
 *
 * @public
 * @tagname jp-tab-panel
 */
class JupyterTabPanel extends index_js_.TabPanel {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#TabPanel} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#tabPanelTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-tab-panel>`
 */
const jpTabPanel = JupyterTabPanel.compose({
    baseName: 'tab-panel',
    baseClass: index_js_.TabPanel,
    template: index_js_.tabPanelTemplate,
    styles: tabPanelStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tab/tab.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Tab
 * @public
 */
const tabStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('inline-flex')} :host {
      box-sizing: border-box;
      font-family: ${bodyFont};
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
      height: calc(${heightNumber} * 1px);
      padding: calc(${designUnit} * 5px) calc(${designUnit} * 4px);
      color: ${design_tokens_neutralForegroundHint};
      fill: currentcolor;
      border-radius: 0 0 calc(${controlCornerRadius} * 1px)
        calc(${controlCornerRadius} * 1px);
      border: calc(${strokeWidth} * 1px) solid transparent;
      align-items: center;
      justify-content: center;
      grid-row: 2;
      cursor: pointer;
    }

    :host(:hover) {
      color: ${neutralForegroundRest};
      fill: currentcolor;
    }

    :host(:active) {
      color: ${neutralForegroundRest};
      fill: currentcolor;
    }

    :host([disabled]) {
      cursor: ${index_js_.disabledCursor};
      opacity: ${disabledOpacity};
    }

    :host([disabled]:hover) {
      color: ${design_tokens_neutralForegroundHint};
      background: ${neutralFillStealthRest};
    }

    :host([aria-selected='true']) {
      background: ${neutralFillRest};
      color: ${neutralForegroundRest};
      fill: currentcolor;
    }

    :host([aria-selected='true']:hover) {
      background: ${neutralFillHover};
      color: ${neutralForegroundRest};
      fill: currentcolor;
    }

    :host([aria-selected='true']:active) {
      background: ${neutralFillActive};
      color: ${neutralForegroundRest};
      fill: currentcolor;
    }

    :host(:${index_js_.focusVisible}) {
      outline: none;
      border-color: ${accentFillFocus};
      box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
        ${accentFillFocus};
    }

    :host(:focus) {
      outline: none;
    }

    :host(.vertical) {
      justify-content: end;
      grid-column: 2;
      border-bottom-left-radius: 0;
      border-top-right-radius: calc(${controlCornerRadius} * 1px);
    }

    :host(.vertical[aria-selected='true']) {
      z-index: 2;
    }

    :host(.vertical:hover) {
      color: ${neutralForegroundRest};
    }

    :host(.vertical:active) {
      color: ${neutralForegroundRest};
    }

    :host(.vertical:hover[aria-selected='true']) {
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host {
        forced-color-adjust: none;
        border-color: transparent;
        color: ${system_colors_SystemColors.ButtonText};
        fill: currentcolor;
      }
      :host(:hover),
      :host(.vertical:hover),
      :host([aria-selected='true']:hover) {
        background: ${system_colors_SystemColors.Highlight};
        color: ${system_colors_SystemColors.HighlightText};
        fill: currentcolor;
      }
      :host([aria-selected='true']) {
        background: ${system_colors_SystemColors.HighlightText};
        color: ${system_colors_SystemColors.Highlight};
        fill: currentcolor;
      }
      :host(:${index_js_.focusVisible}) {
        border-color: ${system_colors_SystemColors.ButtonText};
        box-shadow: none;
      }
      :host([disabled]),
      :host([disabled]:hover) {
        opacity: 1;
        color: ${system_colors_SystemColors.GrayText};
        background: ${system_colors_SystemColors.ButtonFace};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tab/index.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.


/**
 * Tab class
 *
 * @public
 * @tagname jp-tab
 */
class JupyterTab extends index_js_.Tab {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Tab} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#tabTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-tab>`
 */
const jpTab = JupyterTab.compose({
    baseName: 'tab',
    baseClass: index_js_.Tab,
    template: index_js_.tabTemplate,
    styles: tabStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tabs/tabs.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Tabs
 * @public
 */
const tabsStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('grid')} :host {
      box-sizing: border-box;
      font-family: ${bodyFont};
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
      color: ${neutralForegroundRest};
      grid-template-columns: auto 1fr auto;
      grid-template-rows: auto 1fr;
    }

    .tablist {
      display: grid;
      grid-template-rows: auto auto;
      grid-template-columns: auto;
      position: relative;
      width: max-content;
      align-self: end;
      padding: calc(${designUnit} * 4px) calc(${designUnit} * 4px) 0;
      box-sizing: border-box;
    }

    .start,
    .end {
      align-self: center;
    }

    .activeIndicator {
      grid-row: 1;
      grid-column: 1;
      width: 100%;
      height: 4px;
      justify-self: center;
      background: ${accentFillRest};
      margin-top: 0;
      border-radius: calc(${controlCornerRadius} * 1px)
        calc(${controlCornerRadius} * 1px) 0 0;
    }

    .activeIndicatorTransition {
      transition: transform 0.01s ease-in-out;
    }

    .tabpanel {
      grid-row: 2;
      grid-column-start: 1;
      grid-column-end: 4;
      position: relative;
    }

    :host([orientation='vertical']) {
      grid-template-rows: auto 1fr auto;
      grid-template-columns: auto 1fr;
    }

    :host([orientation='vertical']) .tablist {
      grid-row-start: 2;
      grid-row-end: 2;
      display: grid;
      grid-template-rows: auto;
      grid-template-columns: auto 1fr;
      position: relative;
      width: max-content;
      justify-self: end;
      align-self: flex-start;
      width: 100%;
      padding: 0 calc(${designUnit} * 4px)
        calc((${heightNumber} - ${designUnit}) * 1px) 0;
    }

    :host([orientation='vertical']) .tabpanel {
      grid-column: 2;
      grid-row-start: 1;
      grid-row-end: 4;
    }

    :host([orientation='vertical']) .end {
      grid-row: 3;
    }

    :host([orientation='vertical']) .activeIndicator {
      grid-column: 1;
      grid-row: 1;
      width: 4px;
      height: 100%;
      margin-inline-end: 0px;
      align-self: center;
      background: ${accentFillRest};
      border-radius: calc(${controlCornerRadius} * 1px) 0 0
        calc(${controlCornerRadius} * 1px);
    }

    :host([orientation='vertical']) .activeIndicatorTransition {
      transition: transform 0.01s ease-in-out;
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      .activeIndicator,
      :host([orientation='vertical']) .activeIndicator {
        forced-color-adjust: none;
        background: ${system_colors_SystemColors.Highlight};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tabs/index.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.


/**
 * Tabs class
 *
 * @public
 * @tagname jp-tabs
 */
class JupyterTabs extends index_js_.Tabs {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Tabs} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#tabsTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-tabs>`
 */
const jpTabs = JupyterTabs.compose({
    baseName: 'tabs',
    baseClass: index_js_.Tabs,
    template: index_js_.tabsTemplate,
    styles: tabsStyles
});




;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/text-area/text-area.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Styles for Text Area
 * @public
 */
const textAreaStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('inline-block')} :host {
      font-family: ${bodyFont};
      outline: none;
      user-select: none;
    }

    .control {
      box-sizing: border-box;
      position: relative;
      color: ${neutralForegroundRest};
      background: ${neutralFillInputRest};
      border-radius: calc(${controlCornerRadius} * 1px);
      border: calc(${strokeWidth} * 1px) solid ${neutralFillStrongRest};
      height: calc(${heightNumber} * 2px);
      font: inherit;
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
      padding: calc(${designUnit} * 2px + 1px);
      width: 100%;
      resize: none;
    }

    :host([aria-invalid='true']) .control {
      border-color: ${errorFillRest};
    }

    .control:hover:enabled {
      background: ${neutralFillInputHover};
      border-color: ${neutralFillStrongHover};
    }

    :host([aria-invalid='true']) .control:hover:enabled {
      border-color: ${errorFillHover};
    }

    .control:active:enabled {
      background: ${neutralFillInputActive};
      border-color: ${neutralFillStrongActive};
    }

    :host([aria-invalid='true']) .control:active:enabled {
      border-color: ${errorFillActive};
    }

    .control:hover,
    .control:${index_js_.focusVisible},
    .control:disabled,
    .control:active {
      outline: none;
    }

    :host(:focus-within) .control {
      border-color: ${accentFillFocus};
      box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
        ${accentFillFocus};
    }

    :host([aria-invalid='true']:focus-within) .control {
      border-color: ${errorFillFocus};
      box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
        ${errorFillFocus};
    }

    :host([appearance='filled']) .control {
      background: ${neutralFillRest};
    }

    :host([appearance='filled']:hover:not([disabled])) .control {
      background: ${neutralFillHover};
    }

    :host([resize='both']) .control {
      resize: both;
    }

    :host([resize='horizontal']) .control {
      resize: horizontal;
    }

    :host([resize='vertical']) .control {
      resize: vertical;
    }

    .label {
      display: block;
      color: ${neutralForegroundRest};
      cursor: pointer;
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
      margin-bottom: 4px;
    }

    .label__hidden {
      display: none;
      visibility: hidden;
    }

    :host([disabled]) .label,
    :host([readonly]) .label,
    :host([readonly]) .control,
    :host([disabled]) .control {
      cursor: ${index_js_.disabledCursor};
    }
    :host([disabled]) {
      opacity: ${disabledOpacity};
    }
    :host([disabled]) .control {
      border-color: ${neutralStrokeRest};
    }

    :host([cols]) {
      width: initial;
    }

    :host([rows]) .control {
      height: initial;
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host([disabled]) {
        opacity: 1;
      }

      :host([aria-invalid='true']) .control {
        border-style: dashed;
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/text-area/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Textarea class
 *
 * @public
 * @tagname jp-text-area
 *
 * @fires select - Emits a custom 'select' event when the textarea emits a select event
 */
class JupyterTextArea extends index_js_.TextArea {
    constructor() {
        super(...arguments);
        /**
         * The appearance of the element.
         *
         * @public
         * @remarks
         * HTML Attribute: appearance
         */
        this.appearance = 'outline';
    }
}
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], JupyterTextArea.prototype, "appearance", void 0);
/**
 * A function that returns a {@link @microsoft/fast-foundation#TextArea} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#textAreaTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-text-area>`
 *
 * {@link https://developer.mozilla.org/en-US/docs/Web/API/ShadowRoot/delegatesFocus | delegatesFocus}
 */
const jpTextArea = JupyterTextArea.compose({
    baseName: 'text-area',
    baseClass: index_js_.TextArea,
    template: index_js_.textAreaTemplate,
    styles: textAreaStyles,
    shadowOptions: {
        delegatesFocus: true
    }
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/text-field/text-field.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Styles for Text Field
 * @public
 */
const textFieldStyles = (context, definition) => (0,esm_index_js_.css) `
  ${BaseFieldStyles}

  .start,
    .end {
    display: flex;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/text-field/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Text field class
 *
 * @public
 * @tagname jp-text-field
 *
 * @fires select - Emits a custom 'select' event when the textarea emits a select event
 */
class JupyterTextField extends index_js_.TextField {
    constructor() {
        super(...arguments);
        /**
         * The appearance of the element.
         *
         * @public
         * @remarks
         * HTML Attribute: appearance
         */
        this.appearance = 'outline';
    }
}
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], JupyterTextField.prototype, "appearance", void 0);
/**
 * A function that returns a {@link @microsoft/fast-foundation#TextField} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#textFieldTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-text-field>`
 *
 * {@link https://developer.mozilla.org/en-US/docs/Web/API/ShadowRoot/delegatesFocus | delegatesFocus}
 */
const jpTextField = JupyterTextField.compose({
    baseName: 'text-field',
    baseClass: index_js_.TextField,
    template: index_js_.textFieldTemplate,
    styles: textFieldStyles,
    shadowOptions: {
        delegatesFocus: true
    }
});


// EXTERNAL MODULE: ../../../node_modules/@microsoft/fast-web-utilities/dist/numbers.js
var numbers = __webpack_require__(37751);
// EXTERNAL MODULE: ../../../node_modules/tabbable/dist/index.esm.js
var index_esm = __webpack_require__(64660);
;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/toolbar/toolbar.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.




/**
 * Styles for the Toolbar
 *
 * @public
 */
const toolbarStyles = (context, definition) => (0,esm_index_js_.css) `
    ${(0,index_js_.display)('inline-flex')} :host {
      --toolbar-item-gap: calc(
        (var(--design-unit) + calc(var(--density) + 2)) * 1px
      );
      background-color: ${fillColor};
      border-radius: calc(${controlCornerRadius} * 1px);
      fill: currentcolor;
      padding: var(--toolbar-item-gap);
    }

    :host(${index_js_.focusVisible}) {
      outline: calc(${strokeWidth} * 1px) solid ${accentFillFocus};
    }

    .positioning-region {
      align-items: flex-start;
      display: inline-flex;
      flex-flow: row wrap;
      justify-content: flex-start;
      width: 100%;
      height: 100%;
    }

    :host([orientation='vertical']) .positioning-region {
      flex-direction: column;
    }

    ::slotted(:not([slot])) {
      flex: 0 0 auto;
      margin: 0 var(--toolbar-item-gap);
    }

    :host([orientation='vertical']) ::slotted(:not([slot])) {
      margin: var(--toolbar-item-gap) 0;
    }

    .start,
    .end {
      display: flex;
      margin: auto;
      margin-inline: 0;
    }

    ::slotted(svg),
    ::slotted(jp-icon) {
      /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
      width: 16px;
      height: 16px;
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host(:${index_js_.focusVisible}) {
        box-shadow: 0 0 0 calc(${focusStrokeWidth} * 1px)
          ${system_colors_SystemColors.Highlight};
        color: ${system_colors_SystemColors.ButtonText};
        forced-color-adjust: none;
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/toolbar/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.






/**
 * A map for directionality derived from keyboard input strings,
 * visual orientation, and text direction.
 *
 * @internal
 */
const ToolbarArrowKeyMap = Object.freeze({
    [key_codes/* .ArrowKeys.ArrowUp */.Is.ArrowUp]: {
        [aria/* .Orientation.vertical */.t.vertical]: -1
    },
    [key_codes/* .ArrowKeys.ArrowDown */.Is.ArrowDown]: {
        [aria/* .Orientation.vertical */.t.vertical]: 1
    },
    [key_codes/* .ArrowKeys.ArrowLeft */.Is.ArrowLeft]: {
        [aria/* .Orientation.horizontal */.t.horizontal]: {
            [localization/* .Direction.ltr */.O.ltr]: -1,
            [localization/* .Direction.rtl */.O.rtl]: 1
        }
    },
    [key_codes/* .ArrowKeys.ArrowRight */.Is.ArrowRight]: {
        [aria/* .Orientation.horizontal */.t.horizontal]: {
            [localization/* .Direction.ltr */.O.ltr]: 1,
            [localization/* .Direction.rtl */.O.rtl]: -1
        }
    }
});
/**
 * A Toolbar Custom HTML Element.
 * Implements the {@link https://w3c.github.io/aria-practices/#Toolbar|ARIA Toolbar}.
 *
 * @slot start - Content which can be provided before the slotted items
 * @slot end - Content which can be provided after the slotted items
 * @slot - The default slot for slotted items
 * @slot label - The toolbar label
 * @csspart positioning-region - The element containing the items, start and end slots
 *
 * @public
 */
class FoundationToolbar extends index_js_.FoundationElement {
    constructor() {
        super(...arguments);
        /**
         * The internal index of the currently focused element.
         *
         * @internal
         */
        this._activeIndex = 0;
        /**
         * The text direction of the toolbar.
         *
         * @internal
         */
        this.direction = localization/* .Direction.ltr */.O.ltr;
        /**
         * The orientation of the toolbar.
         *
         * @public
         * @remarks
         * HTML Attribute: `orientation`
         */
        this.orientation = aria/* .Orientation.horizontal */.t.horizontal;
    }
    /**
     * The index of the currently focused element, clamped between 0 and the last element.
     *
     * @internal
     */
    get activeIndex() {
        esm_index_js_.Observable.track(this, 'activeIndex');
        return this._activeIndex;
    }
    set activeIndex(value) {
        if (this.$fastController.isConnected) {
            this._activeIndex = (0,numbers/* .limit */.AB)(0, this.focusableElements.length - 1, value);
            esm_index_js_.Observable.notify(this, 'activeIndex');
        }
    }
    slottedItemsChanged() {
        if (this.$fastController.isConnected) {
            this.reduceFocusableElements();
        }
    }
    /**
     * Set the activeIndex when a focusable element in the toolbar is clicked.
     *
     * @internal
     */
    mouseDownHandler(e) {
        var _a;
        const activeIndex = (_a = this.focusableElements) === null || _a === void 0 ? void 0 : _a.findIndex(x => x.contains(e.target));
        if (activeIndex > -1 && this.activeIndex !== activeIndex) {
            this.setFocusedElement(activeIndex);
        }
        return true;
    }
    childItemsChanged(prev, next) {
        if (this.$fastController.isConnected) {
            this.reduceFocusableElements();
        }
    }
    /**
     * @internal
     */
    connectedCallback() {
        super.connectedCallback();
        this.direction = (0,index_js_.getDirection)(this);
    }
    /**
     * When the toolbar receives focus, set the currently active element as focused.
     *
     * @internal
     */
    focusinHandler(e) {
        const relatedTarget = e.relatedTarget;
        if (!relatedTarget || this.contains(relatedTarget)) {
            return;
        }
        this.setFocusedElement();
    }
    /**
     * Determines a value that can be used to iterate a list with the arrow keys.
     *
     * @param this - An element with an orientation and direction
     * @param key - The event key value
     * @internal
     */
    getDirectionalIncrementer(key) {
        var _a, _b, _c, _d, _e;
        return (
        // @ts-expect-error ToolbarArrowKeyMap has not index
        (_e = (_c = (_b = (_a = ToolbarArrowKeyMap[key]) === null || _a === void 0 ? void 0 : _a[this.orientation]) === null || _b === void 0 ? void 0 : _b[this.direction]) !== null && _c !== void 0 ? _c : 
        // @ts-expect-error ToolbarArrowKeyMap has not index
        (_d = ToolbarArrowKeyMap[key]) === null || _d === void 0 ? void 0 : _d[this.orientation]) !== null && _e !== void 0 ? _e : 0);
    }
    /**
     * Handle keyboard events for the toolbar.
     *
     * @internal
     */
    keydownHandler(e) {
        const key = e.key;
        if (!(key in key_codes/* .ArrowKeys */.Is) || e.defaultPrevented || e.shiftKey) {
            return true;
        }
        const incrementer = this.getDirectionalIncrementer(key);
        if (!incrementer) {
            return !e.target.closest('[role=radiogroup]');
        }
        const nextIndex = this.activeIndex + incrementer;
        if (this.focusableElements[nextIndex]) {
            e.preventDefault();
        }
        this.setFocusedElement(nextIndex);
        return true;
    }
    /**
     * get all the slotted elements
     * @internal
     */
    get allSlottedItems() {
        return [
            ...this.start.assignedElements(),
            ...this.slottedItems,
            ...this.end.assignedElements()
        ];
    }
    /**
     * Prepare the slotted elements which can be focusable.
     *
     * @internal
     */
    reduceFocusableElements() {
        var _a;
        const previousFocusedElement = (_a = this.focusableElements) === null || _a === void 0 ? void 0 : _a[this.activeIndex];
        this.focusableElements = this.allSlottedItems.reduce(FoundationToolbar.reduceFocusableItems, []);
        // If the previously active item is still focusable, adjust the active index to the
        // index of that item.
        const adjustedActiveIndex = this.focusableElements.indexOf(previousFocusedElement);
        this.activeIndex = Math.max(0, adjustedActiveIndex);
        this.setFocusableElements();
    }
    /**
     * Set the activeIndex and focus the corresponding control.
     *
     * @param activeIndex - The new index to set
     * @internal
     */
    setFocusedElement(activeIndex = this.activeIndex) {
        this.activeIndex = activeIndex;
        this.setFocusableElements();
        if (this.focusableElements[this.activeIndex] &&
            // Don't focus the toolbar element if some event handlers moved
            // the focus on another element in the page.
            this.contains(document.activeElement)) {
            this.focusableElements[this.activeIndex].focus();
        }
    }
    /**
     * Reduce a collection to only its focusable elements.
     *
     * @param elements - Collection of elements to reduce
     * @param element - The current element
     *
     * @internal
     */
    static reduceFocusableItems(elements, element) {
        var _a, _b, _c, _d;
        const isRoleRadio = element.getAttribute('role') === 'radio';
        const isFocusableFastElement = (_b = (_a = element.$fastController) === null || _a === void 0 ? void 0 : _a.definition.shadowOptions) === null || _b === void 0 ? void 0 : _b.delegatesFocus;
        const hasFocusableShadow = Array.from((_d = (_c = element.shadowRoot) === null || _c === void 0 ? void 0 : _c.querySelectorAll('*')) !== null && _d !== void 0 ? _d : []).some(x => (0,index_esm/* .isFocusable */.tp)(x));
        if (!element.hasAttribute('disabled') &&
            !element.hasAttribute('hidden') &&
            ((0,index_esm/* .isFocusable */.tp)(element) ||
                isRoleRadio ||
                isFocusableFastElement ||
                hasFocusableShadow)) {
            elements.push(element);
            return elements;
        }
        if (element.childElementCount) {
            return elements.concat(Array.from(element.children).reduce(FoundationToolbar.reduceFocusableItems, []));
        }
        return elements;
    }
    /**
     * @internal
     */
    setFocusableElements() {
        if (this.$fastController.isConnected && this.focusableElements.length > 0) {
            this.focusableElements.forEach((element, index) => {
                element.tabIndex = this.activeIndex === index ? 0 : -1;
            });
        }
    }
}
;(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.observable
], FoundationToolbar.prototype, "direction", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.attr
], FoundationToolbar.prototype, "orientation", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.observable
], FoundationToolbar.prototype, "slottedItems", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.observable
], FoundationToolbar.prototype, "slottedLabel", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    esm_index_js_.observable
], FoundationToolbar.prototype, "childItems", void 0);
/**
 * Includes ARIA states and properties relating to the ARIA toolbar role
 *
 * @public
 */
class DelegatesARIAToolbar {
}
;(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ attribute: 'aria-labelledby' })
], DelegatesARIAToolbar.prototype, "ariaLabelledby", void 0);
(0,tslib_es6/* .__decorate */.Cg)([
    (0,esm_index_js_.attr)({ attribute: 'aria-label' })
], DelegatesARIAToolbar.prototype, "ariaLabel", void 0);
(0,index_js_.applyMixins)(DelegatesARIAToolbar, index_js_.ARIAGlobalStatesAndProperties);
(0,index_js_.applyMixins)(FoundationToolbar, index_js_.StartEnd, DelegatesARIAToolbar);
/**
 * @public
 * @tagname jp-toolbar
 */
class Toolbar extends FoundationToolbar {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Toolbar} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#toolbarTemplate}
 *
 * @public
 * @remarks
 *
 * Generates HTML Element: `<jp-toolbar>`
 *
 */
const jpToolbar = Toolbar.compose({
    baseName: 'toolbar',
    baseClass: FoundationToolbar,
    template: index_js_.toolbarTemplate,
    styles: toolbarStyles,
    shadowOptions: {
        delegatesFocus: true
    }
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tooltip/tooltip.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Styles for Tooltip
 * @public
 */
const tooltipStyles = (context, definition) => {
    const anchoredRegionTag = context.tagFor(index_js_.AnchoredRegion);
    return (0,esm_index_js_.css) `
    :host {
      contain: size;
      overflow: visible;
      height: 0;
      width: 0;
    }

    .tooltip {
      box-sizing: border-box;
      border-radius: calc(${controlCornerRadius} * 1px);
      border: calc(${strokeWidth} * 1px) solid ${design_tokens_focusStrokeOuter};
      box-shadow: 0 0 0 1px ${design_tokens_focusStrokeOuter} inset;
      background: ${neutralFillRest};
      color: ${neutralForegroundRest};
      padding: 4px;
      height: fit-content;
      width: fit-content;
      font-family: ${bodyFont};
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
      white-space: nowrap;
      /* TODO: a mechanism to manage z-index across components
                    https://github.com/microsoft/fast/issues/3813 */
      z-index: 10000;
    }

    ${anchoredRegionTag} {
      display: flex;
      justify-content: center;
      align-items: center;
      overflow: visible;
      flex-direction: row;
    }

    ${anchoredRegionTag}.right,
    ${anchoredRegionTag}.left {
      flex-direction: column;
    }

    ${anchoredRegionTag}.top .tooltip {
      margin-bottom: 4px;
    }

    ${anchoredRegionTag}.bottom .tooltip {
      margin-top: 4px;
    }

    ${anchoredRegionTag}.left .tooltip {
      margin-right: 4px;
    }

    ${anchoredRegionTag}.right .tooltip {
      margin-left: 4px;
    }

    ${anchoredRegionTag}.top.left .tooltip,
            ${anchoredRegionTag}.top.right .tooltip {
      margin-bottom: 0px;
    }

    ${anchoredRegionTag}.bottom.left .tooltip,
            ${anchoredRegionTag}.bottom.right .tooltip {
      margin-top: 0px;
    }

    ${anchoredRegionTag}.top.left .tooltip,
            ${anchoredRegionTag}.bottom.left .tooltip {
      margin-right: 0px;
    }

    ${anchoredRegionTag}.top.right .tooltip,
            ${anchoredRegionTag}.bottom.right .tooltip {
      margin-left: 0px;
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host([disabled]) {
        opacity: 1;
      }
    `));
};

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tooltip/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Tooltip class
 *
 * @public
 * @tagname jp-tooltip
 */
class JupyterTooltip extends index_js_.Tooltip {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#Tooltip} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#tooltipTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-tooltip>`
 */
const jpTooltip = JupyterTooltip.compose({
    baseName: 'tooltip',
    baseClass: index_js_.Tooltip,
    template: index_js_.tooltipTemplate,
    styles: tooltipStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tree-item/tree-item.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Tree item expand collapse button size CSS Partial
 * @public
 */
const expandCollapseButtonSize = (0,esm_index_js_.cssPartial) `(((${baseHeightMultiplier} + ${density}) * 0.5 + 2) * ${designUnit})`;
const tree_item_styles_ltr = (0,esm_index_js_.css) `
  .expand-collapse-glyph {
    transform: rotate(0deg);
  }
  :host(.nested) .expand-collapse-button {
    left: var(
      --expand-collapse-button-nested-width,
      calc(
        (
            ${expandCollapseButtonSize} +
              ((${baseHeightMultiplier} + ${density}) * 1.25)
          ) * -1px
      )
    );
  }
  :host([selected])::after {
    left: calc(${focusStrokeWidth} * 1px);
  }
  :host([expanded]) > .positioning-region .expand-collapse-glyph {
    transform: rotate(90deg);
  }
`;
const tree_item_styles_rtl = (0,esm_index_js_.css) `
  .expand-collapse-glyph {
    transform: rotate(180deg);
  }
  :host(.nested) .expand-collapse-button {
    right: var(
      --expand-collapse-button-nested-width,
      calc(
        (
            ${expandCollapseButtonSize} +
              ((${baseHeightMultiplier} + ${density}) * 1.25)
          ) * -1px
      )
    );
  }
  :host([selected])::after {
    right: calc(${focusStrokeWidth} * 1px);
  }
  :host([expanded]) > .positioning-region .expand-collapse-glyph {
    transform: rotate(90deg);
  }
`;
const expandCollapseHoverBehavior = index_js_.DesignToken.create('tree-item-expand-collapse-hover').withDefault((target) => {
    const recipe = neutralFillStealthRecipe.getValueFor(target);
    return recipe.evaluate(target, recipe.evaluate(target).hover).hover;
});
const selectedExpandCollapseHoverBehavior = index_js_.DesignToken.create('tree-item-expand-collapse-selected-hover').withDefault((target) => {
    const baseRecipe = neutralFillRecipe.getValueFor(target);
    const buttonRecipe = neutralFillStealthRecipe.getValueFor(target);
    return buttonRecipe.evaluate(target, baseRecipe.evaluate(target).rest).hover;
});
/**
 * Styles for Tree Item
 * @public
 */
const treeItemStyles = (context, definition) => (0,esm_index_js_.css) `
    /**
     * This animation exists because when tree item children are conditionally loaded
     * there is a visual bug where the DOM exists but styles have not yet been applied (essentially FOUC).
     * This subtle animation provides a ever so slight timing adjustment for loading that solves the issue.
     */
    @keyframes treeItemLoading {
      0% {
        opacity: 0;
      }
      100% {
        opacity: 1;
      }
    }

    ${(0,index_js_.display)('block')} :host {
      contain: content;
      position: relative;
      outline: none;
      color: ${neutralForegroundRest};
      background: ${neutralFillStealthRest};
      cursor: pointer;
      font-family: ${bodyFont};
      --tree-item-nested-width: 0;
    }

    :host(:focus) > .positioning-region {
      outline: none;
    }

    :host(:focus) .content-region {
      outline: none;
    }

    :host(:${index_js_.focusVisible}) .positioning-region {
      border-color: ${accentFillFocus};
      box-shadow: 0 0 0 calc((${focusStrokeWidth} - ${strokeWidth}) * 1px)
        ${accentFillFocus} inset;
      color: ${neutralForegroundRest};
    }

    .positioning-region {
      display: flex;
      position: relative;
      box-sizing: border-box;
      background: ${neutralFillStealthRest};
      border: transparent calc(${strokeWidth} * 1px) solid;
      border-radius: calc(${controlCornerRadius} * 1px);
      height: calc((${heightNumber} + 1) * 1px);
    }

    .positioning-region::before {
      content: '';
      display: block;
      width: var(--tree-item-nested-width);
      flex-shrink: 0;
    }

    :host(:not([disabled])) .positioning-region:hover {
      background: ${neutralFillStealthHover};
    }

    :host(:not([disabled])) .positioning-region:active {
      background: ${neutralFillStealthActive};
    }

    .content-region {
      display: inline-flex;
      align-items: center;
      white-space: nowrap;
      width: 100%;
      min-width: 0;
      height: calc(${heightNumber} * 1px);
      margin-inline-start: calc(${designUnit} * 2px + 8px);
      font-size: ${typeRampBaseFontSize};
      line-height: ${typeRampBaseLineHeight};
      font-weight: 400;
    }

    .items {
      /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
      font-size: calc(1em + (${designUnit} + 16) * 1px);
    }

    .expand-collapse-button {
      background: none;
      border: none;
      outline: none;
      /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
      width: calc(${expandCollapseButtonSize} * 1px);
      height: calc(${expandCollapseButtonSize} * 1px);
      padding: 0;
      display: flex;
      justify-content: center;
      align-items: center;
      cursor: pointer;
      margin-left: 6px;
      margin-right: 6px;
    }

    .expand-collapse-glyph {
      /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
      width: calc((16 + ${density}) * 1px);
      height: calc((16 + ${density}) * 1px);
      transition: transform 0.1s linear;

      pointer-events: none;
      fill: currentcolor;
    }

    .start,
    .end {
      display: flex;
      fill: currentcolor;
    }

    ::slotted(svg),
    ::slotted(jp-icon) {
      /* TODO: adaptive typography https://github.com/microsoft/fast/issues/2432 */
      width: 16px;
      height: 16px;

      /* Something like that would do if the typography is adaptive
      font-size: inherit;
      width: ${typeRampPlus1FontSize};
      height: ${typeRampPlus1FontSize};
      */
    }

    .start {
      /* TODO: horizontalSpacing https://github.com/microsoft/fast/issues/2766 */
      margin-inline-end: calc(${designUnit} * 2px + 2px);
    }

    .end {
      /* TODO: horizontalSpacing https://github.com/microsoft/fast/issues/2766 */
      margin-inline-start: calc(${designUnit} * 2px + 2px);
    }

    :host([expanded]) > .items {
      animation: treeItemLoading ease-in 10ms;
      animation-iteration-count: 1;
      animation-fill-mode: forwards;
    }

    :host([disabled]) .content-region {
      opacity: ${disabledOpacity};
      cursor: ${index_js_.disabledCursor};
    }

    :host(.nested) .content-region {
      position: relative;
      /* Add left margin to collapse button size */
      margin-inline-start: calc(
        (
            ${expandCollapseButtonSize} +
              ((${baseHeightMultiplier} + ${density}) * 1.25)
          ) * 1px
      );
    }

    :host(.nested) .expand-collapse-button {
      position: absolute;
    }

    :host(.nested:not([disabled])) .expand-collapse-button:hover {
      background: ${expandCollapseHoverBehavior};
    }

    :host([selected]) .positioning-region {
      background: ${neutralFillRest};
    }

    :host([selected]:not([disabled])) .positioning-region:hover {
      background: ${neutralFillHover};
    }

    :host([selected]:not([disabled])) .positioning-region:active {
      background: ${neutralFillActive};
    }

    :host([selected]:not([disabled])) .expand-collapse-button:hover {
      background: ${selectedExpandCollapseHoverBehavior};
    }

    :host([selected])::after {
      /* The background needs to be calculated based on the selected background state
         for this control. We currently have no way of changing that, so setting to
         accent-foreground-rest for the time being */
      background: ${accentForegroundRest};
      border-radius: calc(${controlCornerRadius} * 1px);
      content: '';
      display: block;
      position: absolute;
      top: calc((${heightNumber} / 4) * 1px);
      width: 3px;
      height: calc((${heightNumber} / 2) * 1px);
    }

    ::slotted(${context.tagFor(index_js_.TreeItem)}) {
      --tree-item-nested-width: 1em;
      --expand-collapse-button-nested-width: calc(
        (
            ${expandCollapseButtonSize} +
              ((${baseHeightMultiplier} + ${density}) * 1.25)
          ) * -1px
      );
    }
  `.withBehaviors(new DirectionalStyleSheetBehavior(tree_item_styles_ltr, tree_item_styles_rtl), (0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host {
        forced-color-adjust: none;
        border-color: transparent;
        background: ${system_colors_SystemColors.Field};
        color: ${system_colors_SystemColors.FieldText};
      }
      :host .content-region .expand-collapse-glyph {
        fill: ${system_colors_SystemColors.FieldText};
      }
      :host .positioning-region:hover,
      :host([selected]) .positioning-region {
        background: ${system_colors_SystemColors.Highlight};
      }
      :host .positioning-region:hover .content-region,
      :host([selected]) .positioning-region .content-region {
        color: ${system_colors_SystemColors.HighlightText};
      }
      :host .positioning-region:hover .content-region .expand-collapse-glyph,
      :host .positioning-region:hover .content-region .start,
      :host .positioning-region:hover .content-region .end,
      :host([selected]) .content-region .expand-collapse-glyph,
      :host([selected]) .content-region .start,
      :host([selected]) .content-region .end {
        fill: ${system_colors_SystemColors.HighlightText};
      }
      :host([selected])::after {
        background: ${system_colors_SystemColors.Field};
      }
      :host(:${index_js_.focusVisible}) .positioning-region {
        border-color: ${system_colors_SystemColors.FieldText};
        box-shadow: 0 0 0 2px inset ${system_colors_SystemColors.Field};
        color: ${system_colors_SystemColors.FieldText};
      }
      :host([disabled]) .content-region,
      :host([disabled]) .positioning-region:hover .content-region {
        opacity: 1;
        color: ${system_colors_SystemColors.GrayText};
      }
      :host([disabled]) .content-region .expand-collapse-glyph,
      :host([disabled]) .content-region .start,
      :host([disabled]) .content-region .end,
      :host([disabled])
        .positioning-region:hover
        .content-region
        .expand-collapse-glyph,
      :host([disabled]) .positioning-region:hover .content-region .start,
      :host([disabled]) .positioning-region:hover .content-region .end {
        fill: ${system_colors_SystemColors.GrayText};
      }
      :host([disabled]) .positioning-region:hover {
        background: ${system_colors_SystemColors.Field};
      }
      .expand-collapse-glyph,
      .start,
      .end {
        fill: ${system_colors_SystemColors.FieldText};
      }
      :host(.nested) .expand-collapse-button:hover {
        background: ${system_colors_SystemColors.Field};
      }
      :host(.nested) .expand-collapse-button:hover .expand-collapse-glyph {
        fill: ${system_colors_SystemColors.FieldText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tree-item/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Tree item class
 *
 * @public
 * @tagname jp-tree-item
 */
class JupyterTreeItem extends index_js_.TreeItem {
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#TreeItem} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#treeItemTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-tree-item>`
 *
 */
const jpTreeItem = JupyterTreeItem.compose({
    baseName: 'tree-item',
    baseClass: index_js_.TreeItem,
    template: index_js_.treeItemTemplate,
    styles: treeItemStyles,
    expandCollapseGlyph: /* html */ `
        <svg
            viewBox="0 0 16 16"
            xmlns="http://www.w3.org/2000/svg"
            class="expand-collapse-glyph"
        >
            <path
                d="M5.00001 12.3263C5.00124 12.5147 5.05566 12.699 5.15699 12.8578C5.25831 13.0167 5.40243 13.1437 5.57273 13.2242C5.74304 13.3047 5.9326 13.3354 6.11959 13.3128C6.30659 13.2902 6.4834 13.2152 6.62967 13.0965L10.8988 8.83532C11.0739 8.69473 11.2153 8.51658 11.3124 8.31402C11.4096 8.11146 11.46 7.88966 11.46 7.66499C11.46 7.44033 11.4096 7.21853 11.3124 7.01597C11.2153 6.81341 11.0739 6.63526 10.8988 6.49467L6.62967 2.22347C6.48274 2.10422 6.30501 2.02912 6.11712 2.00691C5.92923 1.9847 5.73889 2.01628 5.56823 2.09799C5.39757 2.17969 5.25358 2.30817 5.153 2.46849C5.05241 2.62882 4.99936 2.8144 5.00001 3.00369V12.3263Z"
            />
        </svg>
    `
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tree-view/tree-view.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Styles for Tree View
 * @public
 */
const treeViewStyles = (context, definition) => (0,esm_index_js_.css) `
  ${(0,index_js_.display)('flex')} :host {
    flex-direction: column;
    align-items: stretch;
    min-width: fit-content;
    font-size: 0;
  }

  :host:focus-visible {
    outline: none;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/tree-view/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.


/**
 * Tree view class
 *
 * @public
 * @tagname jp-tree-view
 */
class JupyterTreeView extends index_js_.TreeView {
    /**
     * Handles click events bubbling up
     *
     *  @internal
     */
    handleClick(e) {
        if (e.defaultPrevented) {
            // handled, do nothing
            return;
        }
        if (!(e.target instanceof Element)) {
            // not a tree item, ignore
            return true;
        }
        let item = e.target;
        while (item && !(0,index_js_.isTreeItemElement)(item)) {
            item = item.parentElement;
            // Escape if we get out of the tree view component
            if (item === this) {
                item = null;
            }
        }
        if (item && !item.disabled) {
            // Force selection - it is not possible to unselect
            item.selected = true;
        }
        return;
    }
}
/**
 * A function that returns a {@link @microsoft/fast-foundation#TreeView} registration for configuring the component with a DesignSystem.
 * Implements {@link @microsoft/fast-foundation#treeViewTemplate}
 *
 *
 * @public
 * @remarks
 * Generates HTML Element: `<jp-tree-view>`
 *
 */
const jpTreeView = JupyterTreeView.compose({
    baseName: 'tree-view',
    baseClass: index_js_.TreeView,
    template: index_js_.treeViewTemplate,
    styles: treeViewStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/drafts/picker/picker.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.



/**
 * Styles for Picker
 * @public
 */
const pickerStyles = (context, definition) => (0,esm_index_js_.css) `
  .region {
    z-index: 1000;
    overflow: hidden;
    display: flex;
    font-family: ${bodyFont};
    font-size: ${typeRampBaseFontSize};
  }

  .loaded {
    opacity: 1;
    pointer-events: none;
  }

  .loading-display,
  .no-options-display {
    background: ${fillColor};
    width: 100%;
    min-height: calc(${heightNumber} * 1px);
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-items: center;
    padding: calc(${designUnit} * 1px);
  }

  .loading-progress {
    width: 42px;
    height: 42px;
  }

  .bottom {
    flex-direction: column;
  }

  .top {
    flex-direction: column-reverse;
  }
`;

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/drafts/picker/picker-menu.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Picker menu
 * @public
 */
const pickerMenuStyles = (context, definition) => (0,esm_index_js_.css) `
    :host {
      background: ${fillColor};
      --elevation: 11;
      /* TODO: a mechanism to manage z-index across components
            https://github.com/microsoft/fast/issues/3813 */
      z-index: 1000;
      display: flex;
      width: 100%;
      max-height: 100%;
      min-height: 58px;
      box-sizing: border-box;
      flex-direction: column;
      overflow-y: auto;
      overflow-x: hidden;
      pointer-events: auto;
      border-radius: calc(${controlCornerRadius} * 1px);
      padding: calc(${designUnit} * 1px) 0;
      border: calc(${strokeWidth} * 1px) solid transparent;
      ${elevation}
    }

    .suggestions-available-alert {
      height: 0;
      opacity: 0;
      overflow: hidden;
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host {
        background: ${system_colors_SystemColors.Canvas};
        border-color: ${system_colors_SystemColors.CanvasText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/drafts/picker/picker-menu-option.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Picker menu option
 * @public
 */
const pickerMenuOptionStyles = (context, definition) => (0,esm_index_js_.css) `
    :host {
      display: flex;
      align-items: center;
      justify-items: center;
      font-family: ${bodyFont};
      border-radius: calc(${controlCornerRadius} * 1px);
      border: calc(${focusStrokeWidth} * 1px) solid transparent;
      box-sizing: border-box;
      background: ${neutralFillStealthRest};
      color: ${neutralForegroundRest};
      cursor: pointer;
      fill: currentcolor;
      font-size: ${typeRampBaseFontSize};
      min-height: calc(${heightNumber} * 1px);
      line-height: ${typeRampBaseLineHeight};
      margin: 0 calc(${designUnit} * 1px);
      outline: none;
      overflow: hidden;
      padding: 0 calc(${designUnit} * 2.25px);
      user-select: none;
      white-space: nowrap;
    }

    :host(:${index_js_.focusVisible}[role="listitem"]) {
      border-color: ${design_tokens_focusStrokeOuter};
      background: ${neutralFillStealthFocus};
    }

    :host(:hover) {
      background: ${neutralFillStealthHover};
    }

    :host(:active) {
      background: ${neutralFillStealthActive};
    }

    :host([aria-selected='true']) {
      background: ${accentFillRest};
      color: ${foregroundOnAccentRest};
    }

    :host([aria-selected='true']:hover) {
      background: ${accentFillHover};
      color: ${foregroundOnAccentHover};
    }

    :host([aria-selected='true']:active) {
      background: ${accentFillActive};
      color: ${foregroundOnAccentActive};
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host {
        border-color: transparent;
        forced-color-adjust: none;
        color: ${system_colors_SystemColors.ButtonText};
        fill: currentcolor;
      }

      :host(:not([aria-selected='true']):hover),
      :host([aria-selected='true']) {
        background: ${system_colors_SystemColors.Highlight};
        color: ${system_colors_SystemColors.HighlightText};
      }

      :host([disabled]),
      :host([disabled]:not([aria-selected='true']):hover) {
        background: ${system_colors_SystemColors.Canvas};
        color: ${system_colors_SystemColors.GrayText};
        fill: currentcolor;
        opacity: 1;
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/drafts/picker/picker-list.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Picker list
 * @public
 */
const pickerListStyles = (context, definition) => (0,esm_index_js_.css) `
        :host {
            display: flex;
            flex-direction: row;
            column-gap: calc(${designUnit} * 1px);
            row-gap: calc(${designUnit} * 1px);
            flex-wrap: wrap;
        }

        ::slotted([role="combobox"]) {
            min-width: 260px;
            width: auto;
            box-sizing: border-box;
            color: ${neutralForegroundRest};
            background: ${neutralFillInputRest};
            border-radius: calc(${controlCornerRadius} * 1px);
            border: calc(${strokeWidth} * 1px) solid ${accentFillRest};
            height: calc(${heightNumber} * 1px);
            font-family: ${bodyFont};
            outline: none;
            user-select: none;
            font-size: ${typeRampBaseFontSize};
            line-height: ${typeRampBaseLineHeight};
            padding: 0 calc(${designUnit} * 2px + 1px);
        }

        ::slotted([role="combobox"]:active) { {
            background: ${neutralFillInputHover};
            border-color: ${accentFillActive};
        }

        ::slotted([role="combobox"]:focus-within) {
            border-color: ${design_tokens_focusStrokeOuter};
            box-shadow: 0 0 0 1px ${design_tokens_focusStrokeOuter} inset;
        }
    `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      ::slotted([role='combobox']:active) {
        background: ${system_colors_SystemColors.Field};
        border-color: ${system_colors_SystemColors.Highlight};
      }
      ::slotted([role='combobox']:focus-within) {
        border-color: ${system_colors_SystemColors.Highlight};
        box-shadow: 0 0 0 1px ${system_colors_SystemColors.Highlight} inset;
      }
      ::slotted(input:placeholder) {
        color: ${system_colors_SystemColors.GrayText};
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/drafts/picker/picker-list-item.styles.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.





/**
 * Styles for Picker list item
 * @public
 */
const pickerListItemStyles = (context, definition) => (0,esm_index_js_.css) `
    :host {
      display: flex;
      align-items: center;
      justify-items: center;
      font-family: ${bodyFont};
      border-radius: calc(${controlCornerRadius} * 1px);
      border: calc(${focusStrokeWidth} * 1px) solid transparent;
      box-sizing: border-box;
      background: ${neutralFillStealthRest};
      color: ${neutralForegroundRest};
      cursor: pointer;
      fill: currentcolor;
      font-size: ${typeRampBaseFontSize};
      height: calc(${heightNumber} * 1px);
      line-height: ${typeRampBaseLineHeight};
      outline: none;
      overflow: hidden;
      padding: 0 calc(${designUnit} * 2.25px);
      user-select: none;
      white-space: nowrap;
    }

    :host(:hover) {
      background: ${neutralFillStealthHover};
    }

    :host(:active) {
      background: ${neutralFillStealthActive};
    }

    :host(:${index_js_.focusVisible}) {
      background: ${neutralFillStealthFocus};
      border-color: ${design_tokens_focusStrokeOuter};
    }

    :host([aria-selected='true']) {
      background: ${accentFillRest};
      color: ${foregroundOnAccentActive};
    }
  `.withBehaviors((0,index_js_.forcedColorsStylesheetBehavior)((0,esm_index_js_.css) `
      :host {
        border-color: transparent;
        forced-color-adjust: none;
        color: ${system_colors_SystemColors.ButtonText};
        fill: currentcolor;
      }

      :host(:not([aria-selected='true']):hover),
      :host([aria-selected='true']) {
        background: ${system_colors_SystemColors.Highlight};
        color: ${system_colors_SystemColors.HighlightText};
      }

      :host([disabled]),
      :host([disabled]:not([aria-selected='true']):hover) {
        background: ${system_colors_SystemColors.Canvas};
        color: ${system_colors_SystemColors.GrayText};
        fill: currentcolor;
        opacity: 1;
      }
    `));

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/drafts/picker/index.js
// Copyright (c) Jupyter Development Team.
// Copyright (c) Microsoft Corporation.
// Distributed under the terms of the Modified BSD License.







/**
 * Picker class
 * @alpha
 * @public
 * @tagname jp-draft-picker
 */
class JupyterPicker extends index_js_.Picker {
}
/**
 * The FAST Picker Custom Element. Implements {@link @microsoft/fast-foundation#Picker},
 * {@link @microsoft/fast-foundation#PickerTemplate}
 *
 *
 * @alpha
 * @remarks
 * * Generates HTML Element: `<jp-draft-picker>`
 */
const jpPicker = JupyterPicker.compose({
    baseName: 'draft-picker',
    baseClass: index_js_.Picker,
    template: index_js_.pickerTemplate,
    styles: pickerStyles,
    shadowOptions: {}
});
/**
 * Picker menu class
 *
 * @alpha
 * @public
 * @tagname jp-draft-picker-menu
 */
class JupyterPickerMenu extends index_js_.PickerMenu {
    /**
     * @public
     */
    connectedCallback() {
        fillColor.setValueFor(this, design_tokens_neutralLayerFloating);
        super.connectedCallback();
    }
}
/**
 * Component that displays the list of available picker options
 *
 *
 * @alpha
 * @remarks
 * HTML Element: \<jp-draft-picker-menu\>
 */
const jpPickerMenu = JupyterPickerMenu.compose({
    baseName: 'draft-picker-menu',
    baseClass: index_js_.PickerMenu,
    template: index_js_.pickerMenuTemplate,
    styles: pickerMenuStyles
});
/**
 * Picker menu options class
 *
 * @alpha
 * @public
 * @tagname jp-draft-picker-menu-option
 */
class JupyterPickerMenuOption extends index_js_.PickerMenuOption {
}
/**
 *  Component that displays available picker menu options
 *
 *
 * @alpha
 * @remarks
 * HTML Element: \<jp-draft-picker-menu-option\>
 */
const jpPickerMenuOption = JupyterPickerMenuOption.compose({
    baseName: 'draft-picker-menu-option',
    baseClass: index_js_.PickerMenuOption,
    template: index_js_.pickerMenuOptionTemplate,
    styles: pickerMenuOptionStyles
});
/**
 * Picker list class
 *
 * @alpha
 * @public
 * @tagname jp-draft-picker-list
 */
class JupyterPickerList extends index_js_.PickerList {
}
/**
 * Component that displays the list of selected picker items along
 * with the input combobox
 *
 * @alpha
 * @remarks
 * HTML Element: \<jp-draft-picker-list\>
 *
 */
const jpPickerList = JupyterPickerList.compose({
    baseName: 'draft-picker-list',
    baseClass: index_js_.PickerList,
    template: index_js_.pickerListTemplate,
    styles: pickerListStyles
});
/**
 * Picker list item class
 *
 * @alpha
 * @public
 * @tagname jp-draft-picker-list-item
 */
class JupyterPickerListItem extends index_js_.PickerListItem {
}
/**
 * Component that displays selected items
 *
 * @alpha
 * @remarks
 * HTML Element: \<jp-draft-picker-list-item\>
 */
const jpPickerListItem = JupyterPickerListItem.compose({
    baseName: 'draft-picker-list-item',
    baseClass: index_js_.PickerListItem,
    template: index_js_.pickerListItemTemplate,
    styles: pickerListItemStyles
});


;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/custom-elements.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/**
 * Export all custom element definitions
 */















/**
 * Don't remove. This is needed to prevent api-extractor errors.
 */
// import type { DesignSystemProvider } from "./design-system-provider/index.js";




























// When adding new components, make sure to add the component to the `allComponents` object
// in addition to exporting the component by name. Ideally we would be able to just add
// `export * as allComponents from "./custom-elements" from  src/index.ts but API extractor
// throws for `export * as` expressions. https://github.com/microsoft/rushstack/pull/1796S

/**
 * All Jupyter Web Components
 * @public
 * @remarks
 * This object can be passed directly to the Design System's `register` method to
 * statically link and register all available components.
 */
const allComponents = {
    jpAccordion: jpAccordion,
    jpAccordionItem: jpAccordionItem,
    jpAnchor: jpAnchor,
    jpAnchoredRegion: jpAnchoredRegion,
    jpAvatar: jpAvatar,
    jpBadge: jpBadge,
    jpBreadcrumb: jpBreadcrumb,
    jpBreadcrumbItem: jpBreadcrumbItem,
    jpButton: jpButton,
    jpCard: jpCard,
    jpCheckbox: jpCheckbox,
    jpCombobox: jpCombobox,
    jpDataGrid: jpDataGrid,
    jpDataGridCell: jpDataGridCell,
    jpDataGridRow: jpDataGridRow,
    jpDateField: jpDateField,
    jpDesignSystemProvider: jpDesignSystemProvider,
    jpDialog: jpDialog,
    jpDisclosure: jpDisclosure,
    jpDivider: jpDivider,
    jpListbox: jpListbox,
    jpMenu: jpMenu,
    jpMenuItem: jpMenuItem,
    jpNumberField: jpNumberField,
    jpOption: jpOption,
    jpPicker: jpPicker,
    jpPickerList: jpPickerList,
    jpPickerListItem: jpPickerListItem,
    jpPickerMenu: jpPickerMenu,
    jpPickerMenuOption: jpPickerMenuOption,
    jpProgress: jpProgress,
    jpProgressRing: jpProgressRing,
    jpRadio: jpRadio,
    jpRadioGroup: jpRadioGroup,
    jpSearch: jpSearch,
    jpSelect: jpSelect,
    jpSkeleton: jpSkeleton,
    jpSlider: jpSlider,
    jpSliderLabel: jpSliderLabel,
    jpSwitch: jpSwitch,
    jpTab: jpTab,
    jpTabPanel: jpTabPanel,
    jpTabs: jpTabs,
    jpTextArea: jpTextArea,
    jpTextField: jpTextField,
    jpToolbar: jpToolbar,
    jpTooltip: jpTooltip,
    jpTreeItem: jpTreeItem,
    jpTreeView: jpTreeView,
    register(container, ...rest) {
        if (!container) {
            // preserve backward compatibility with code that loops through
            // the values of this object and calls them as funcs with no args
            return;
        }
        for (const key in this) {
            if (key === 'register') {
                continue;
            }
            this[key]().register(container, ...rest);
        }
    }
};

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/jupyter-design-system.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.

/**
 * Provides a design system for the specified element either by returning one that was
 * already created for that element or creating one.
 * @param element - The element to root the design system at. By default, this is the body.
 * @returns A Jupyter Design System
 * @public
 */
function provideJupyterDesignSystem(element) {
    return index_js_.DesignSystem.getOrCreate(element).withPrefix('jp');
}

;// CONCATENATED MODULE: ../../../node_modules/@jupyter/web-components/dist/esm/index.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/**
 * Export all custom element definitions.
 */


















































// Draft components



},

}]);