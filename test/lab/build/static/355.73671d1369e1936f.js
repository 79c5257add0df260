"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[355], {
59214(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ lib)
});

// EXTERNAL MODULE: consume shared module (default) @jupyterlab/codeeditor@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/codeeditor/lib/index.js)
var index_js_ = __webpack_require__(70230);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/settingregistry@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/settingregistry/lib/index.js)
var lib_index_js_ = __webpack_require__(43706);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/translation@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/translation/lib/index.js)
var translation_lib_index_js_ = __webpack_require__(15186);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/ui-components@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/ui-components/lib/index.js)
var ui_components_lib_index_js_ = __webpack_require__(38470);
// EXTERNAL MODULE: consume shared module (default) @lumino/commands@^2.3.4 (strict) (fallback: /work/wt-safety/node_modules/@lumino/commands/dist/index.es6.js)
var index_es6_js_ = __webpack_require__(61940);
// EXTERNAL MODULE: consume shared module (default) @lumino/coreutils@^2.2.3 (strict) (fallback: /work/wt-safety/node_modules/@lumino/coreutils/dist/index.js)
var dist_index_js_ = __webpack_require__(3352);
// EXTERNAL MODULE: consume shared module (default) @lumino/disposable@^2.1.6 (strict) (fallback: /work/wt-safety/node_modules/@lumino/disposable/dist/index.es6.js)
var dist_index_es6_js_ = __webpack_require__(51408);
// EXTERNAL MODULE: consume shared module (default) @lumino/domutils@^2.0.5 (strict) (fallback: /work/wt-safety/node_modules/@lumino/domutils/dist/index.es6.js)
var domutils_dist_index_es6_js_ = __webpack_require__(76612);
// EXTERNAL MODULE: consume shared module (default) @lumino/signaling@^2.1.6 (strict) (fallback: /work/wt-safety/node_modules/@lumino/signaling/dist/index.es6.js)
var signaling_dist_index_es6_js_ = __webpack_require__(19014);
// EXTERNAL MODULE: consume shared module (default) react@^18.3.1 (strict) (fallback: /work/wt-safety/node_modules/react/index.js)
var react_index_js_ = __webpack_require__(98355);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/components/NewShortcutItem.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */

class NewShortcutItem {
    constructor(options) {
        /**
         * Reset the shortcut.
         */
        this.reset = () => {
            this._shortcut = {
                id: 'new shortcut',
                command: '',
                keybindings: [],
                selector: 'body',
                category: '',
                args: {}
            };
            this._changed.emit();
        };
        /**
         * Add a new keybinding.
         */
        this.addKeybinding = async (target, keys) => {
            this._shortcut.keybindings.push({ keys, isDefault: false });
            this._changed.emit();
        };
        /**
         * Replace the given keybinding with a new keybinding as defined by given keys.
         */
        this.replaceKeybinding = async (target, keybinding, keys) => {
            //Remove empty keys and delete keybindings if there is no new key.
            keys = keys.filter(key => key !== '');
            if (!keys.length) {
                return this.deleteKeybinding(target, keybinding);
            }
            const index = this._shortcut.keybindings.findIndex(binding => binding.keys === keybinding.keys);
            if (index > -1) {
                this._shortcut.keybindings[index] = { keys, isDefault: false };
            }
            else {
                void this.addKeybinding(target, keys);
            }
            this._changed.emit();
        };
        /**
         * Delete a single keybinding for given shortcut target.
         */
        this.deleteKeybinding = async (target, keybinding) => {
            const index = this._shortcut.keybindings.findIndex(binding => binding.keys === keybinding.keys);
            if (index > -1) {
                this._shortcut.keybindings.splice(index, 1);
                this._changed.emit();
            }
        };
        /**
         * Reset keybindings for given target to defaults.
         */
        this.resetKeybindings = async (target) => {
            this._shortcut = {
                ...this._shortcut,
                keybindings: []
            };
            this._changed.emit();
        };
        /**
         * Update the selector and args for a user defined shortcut.
         */
        this.setCustomOptions = async (target, options) => {
            this._shortcut = {
                ...this._shortcut,
                selector: options.selector,
                args: options.args
            };
            this._changed.emit();
            return true;
        };
        this.updateCommand = (command, category) => {
            this._shortcut = {
                ...this._shortcut,
                command,
                category
            };
            this._changed.emit();
        };
        this._changed = new signaling_dist_index_es6_js_.Signal(this);
        this._shortcut = {
            id: 'new shortcut',
            command: '',
            keybindings: [],
            selector: 'body',
            category: '',
            args: {}
        };
        this.findConflictsFor = options.findConflictsFor;
        this.showSelectors = options.showSelectors;
        this.external = options.external;
    }
    get shortcut() {
        return this._shortcut;
    }
    get changed() {
        return this._changed;
    }
}
//# sourceMappingURL=NewShortcutItem.js.map
// EXTERNAL MODULE: consume shared module (default) @jupyter/react-components@^0.17.1 (strict) (fallback: /work/wt-safety/node_modules/@jupyter/react-components/lib/index.js)
var react_components_lib_index_js_ = __webpack_require__(22261);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/apputils@^4.7.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/apputils/lib/index.js)
var apputils_lib_index_js_ = __webpack_require__(94731);
// EXTERNAL MODULE: consume shared module (default) @lumino/widgets@^2.10.0 (strict) (fallback: /work/wt-safety/node_modules/@lumino/widgets/dist/index.es6.js)
var widgets_dist_index_es6_js_ = __webpack_require__(48270);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/components/ShortcutCustomOptions.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */



class CustomOptionsDialog extends apputils_lib_index_js_.Dialog {
    constructor(options) {
        const { shortcut, translator, editorFactory } = options;
        const trans = translator.load('jupyterlab');
        const body = new CustomOptionsDialogBody(shortcut, translator, editorFactory, () => this._checkValidation(), options.readOnly);
        const buttons = [];
        if (options.readOnly) {
            buttons.push(apputils_lib_index_js_.Dialog.cancelButton({ label: trans.__('OK') }));
        }
        else {
            buttons.push(apputils_lib_index_js_.Dialog.cancelButton({ label: trans.__('Cancel') }));
            buttons.push(apputils_lib_index_js_.Dialog.okButton({ label: trans.__('Apply') }));
        }
        super({
            title: options.readOnly
                ? trans.__('Shortcut Options')
                : trans.__('Custom Shortcut Options'),
            body,
            buttons
        });
    }
    /**
     * Overwrite the keyboard event to prevent the dialog from submitting when
     * pressing Enter in the JSON editor.
     *
     * For all other keys (and Enter outside the JSON editor), delegate to the
     * base dialog handler to preserve standard keyboard behavior.
     */
    _evtKeydown(event) {
        if (event.key === 'Enter') {
            // If focus is inside the JSON editor, prevent the dialog from treating
            // Enter as a submit/activate-default-button key.
            const jsonEditorNode = this.node.querySelector('.jp-JSONEditor');
            const activeElement = document.activeElement;
            if (jsonEditorNode instanceof HTMLElement &&
                activeElement instanceof HTMLElement &&
                jsonEditorNode.contains(activeElement)) {
                event.stopPropagation();
                return;
            }
        }
        // Fallback to the default dialog behavior.
        super._evtKeydown(event);
    }
}
/**
 * Body widget for the custom options dialog.
 */
class CustomOptionsDialogBody extends widgets_dist_index_es6_js_.Widget {
    constructor(shortcut, translator, editorFactory, checkValidation, readOnly) {
        var _a, _b;
        super();
        const trans = translator.load('jupyterlab');
        this.addClass('jp-Shortcuts-CustomOptionsDialogBody');
        // Create main container
        const container = document.createElement('div');
        container.className = 'jp-Shortcuts-CustomOptionDialog-container';
        // Selector section
        const selectorLabel = document.createElement('label');
        selectorLabel.textContent = trans.__('Selector:');
        selectorLabel.className = 'jp-Dialog-label';
        this._selectorInput = document.createElement('input');
        this._selectorInput.type = 'text';
        this._selectorInput.disabled = readOnly !== null && readOnly !== void 0 ? readOnly : false;
        this._selectorInput.value = shortcut.selector;
        this._selectorInput.className = 'jp-mod-styled';
        container.appendChild(selectorLabel);
        container.appendChild(this._selectorInput);
        // Args section
        const argsLabel = document.createElement('label');
        argsLabel.textContent = trans.__('Arguments:');
        argsLabel.className = 'jp-Dialog-label';
        container.appendChild(argsLabel);
        if (readOnly) {
            const argsPre = document.createElement('pre');
            argsPre.textContent = JSON.stringify((_a = shortcut.args) !== null && _a !== void 0 ? _a : {}, undefined, 2);
            container.appendChild(argsPre);
        }
        else {
            // Create dedicated JSON editor widget
            this._editorWidget = new JSONEditorWidget((_b = shortcut.args) !== null && _b !== void 0 ? _b : {}, editorFactory, checkValidation);
            container.appendChild(this._editorWidget.node);
        }
        this.node.appendChild(container);
    }
    /**
     * Get the value from the dialog body.
     */
    getValue() {
        var _a, _b;
        const argsText = (_b = (_a = this._editorWidget) === null || _a === void 0 ? void 0 : _a.getJSON()) !== null && _b !== void 0 ? _b : '{}';
        let args;
        try {
            args = JSON.parse(argsText);
        }
        catch (error) {
            console.error(`Invalid JSON in arguments: ${error instanceof Error ? error.message : String(error)}`);
            args = {};
        }
        return {
            selector: this._selectorInput.value,
            args
        };
    }
    /**
     * Dispose resources.
     */
    dispose() {
        var _a;
        (_a = this._editorWidget) === null || _a === void 0 ? void 0 : _a.dispose();
        super.dispose();
    }
}
/**
 * A dedicated widget for JSON editing with validation.
 */
class JSONEditorWidget extends widgets_dist_index_es6_js_.Widget {
    constructor(initialArgs, editorFactory, checkValidation) {
        super();
        /**
         * Validate the JSON sources.
         */
        this._validateJSON = () => {
            try {
                const text = this._editor.model.sharedModel.getSource();
                JSON.parse(text);
                this.node.classList.remove('jp-mod-error');
            }
            catch (error) {
                this.node.classList.add('jp-mod-error');
            }
            this._checkValidation();
        };
        this.addClass('jp-JSONEditor');
        this._checkValidation = checkValidation;
        const editorHostNode = document.createElement('div');
        editorHostNode.className = 'jp-JSONEditor-host';
        const model = new index_js_.CodeEditor.Model({ mimeType: 'application/json' });
        const content = JSON.stringify(initialArgs, null, 2);
        model.sharedModel.setSource(content);
        this._editor = editorFactory({
            host: editorHostNode,
            model,
            config: {
                readOnly: false
            }
        });
        this.node.appendChild(editorHostNode);
        this._editor.model.sharedModel.changed.connect(this._validateJSON, this);
    }
    /**
     * Get the current JSON text.
     */
    getJSON() {
        return this._editor.model.sharedModel.getSource();
    }
    /**
     * Dispose of the resources.
     */
    dispose() {
        this._editor.model.sharedModel.changed.disconnect(this._validateJSON, this);
        this._editor.dispose();
        super.dispose();
    }
}
//# sourceMappingURL=ShortcutCustomOptions.js.map
// EXTERNAL MODULE: consume shared module (default) @lumino/keyboard@^2.0.5 (strict) (fallback: /work/wt-safety/node_modules/@lumino/keyboard/dist/index.es6.js)
var keyboard_dist_index_es6_js_ = __webpack_require__(21332);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/components/ShortcutInput.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */





const CONFLICT_CONTAINER_CLASS = 'jp-Shortcuts-ConflictContainer';
class ShortcutInput extends react_index_js_.Component {
    constructor(props) {
        super(props);
        this.handleSubmit = async () => {
            if (!this._isReplacingExistingKeybinding) {
                await this._updateShortcut();
                this.props.toggleInput();
            }
            else {
                /** don't replace if field has not been edited */
                if (this.state.selected) {
                    this.props.toggleInput();
                }
                else {
                    await this._updateShortcut();
                }
            }
        };
        this._updateShortcut = async () => {
            const keys = [...this.state.keys, this.state.currentChain];
            this.setState({ keys });
            if (this.props.keybinding) {
                await this.props.replaceKeybinding(this.props.shortcut, this.props.keybinding, keys);
            }
            else {
                await this.props.addKeybinding(this.props.shortcut, keys);
            }
        };
        this._handleOverwrite = async (conflicts, keys) => {
            const normalizedKeys = keys.map(index_es6_js_.CommandRegistry.normalizeKeystroke);
            for (const conflict of conflicts) {
                const conflictingBinding = conflict.keybindings.filter(binding => dist_index_js_.JSONExt.deepEqual(binding.keys, normalizedKeys) ||
                    normalizedKeys.some(key => dist_index_js_.JSONExt.deepEqual(binding.keys, [key])))[0];
                if (!conflictingBinding) {
                    console.error(`Conflicting binding could not be found for ${conflict} using keys ${keys}`);
                    continue;
                }
                await this.props.deleteKeybinding(conflict, conflictingBinding);
            }
            await this._updateShortcut();
        };
        /** Parse user input for chained shortcuts */
        this.parseChaining = (event, value, userInput, keys, currentChain) => {
            let key = keyboard_dist_index_es6_js_.EN_US.keyForKeydownEvent(event.nativeEvent);
            const modKeys = ['Shift', 'Control', 'Alt', 'Meta', 'Ctrl', 'Accel'];
            if (event.key === 'Backspace') {
                userInput = '';
                value = '';
                keys = [];
                currentChain = '';
                this.setState({
                    value: value,
                    userInput: userInput,
                    keys: keys,
                    currentChain: currentChain
                });
            }
            else if (event.key !== 'CapsLock') {
                const lastKey = userInput
                    .substr(userInput.lastIndexOf(' ') + 1, userInput.length)
                    .trim();
                /** if last key was not a modifier then there is a chain */
                if (modKeys.lastIndexOf(lastKey) === -1 && lastKey != '') {
                    userInput = userInput + ',';
                    keys.push(currentChain);
                    currentChain = '';
                    /** check if a modifier key was held down through chain */
                    if (event.ctrlKey && event.key != 'Control') {
                        userInput = (userInput + ' Ctrl').trim();
                        currentChain = (currentChain + ' Ctrl').trim();
                    }
                    if (event.metaKey && event.key != 'Meta') {
                        userInput = (userInput + ' Accel').trim();
                        currentChain = (currentChain + ' Accel').trim();
                    }
                    if (event.altKey && event.key != 'Alt') {
                        userInput = (userInput + ' Alt').trim();
                        currentChain = (currentChain + ' Alt').trim();
                    }
                    if (event.shiftKey && event.key != 'Shift') {
                        userInput = (userInput + ' Shift').trim();
                        currentChain = (currentChain + ' Shift').trim();
                    }
                    /** if not a modifier key, add to user input and current chain */
                    if (modKeys.lastIndexOf(event.key) === -1) {
                        userInput = (userInput + ' ' + key).trim();
                        currentChain = (currentChain + ' ' + key).trim();
                        /** if a modifier key, add to user input and current chain */
                    }
                    else {
                        if (event.key === 'Meta') {
                            userInput = (userInput + ' Accel').trim();
                            currentChain = (currentChain + ' Accel').trim();
                        }
                        else if (event.key === 'Control') {
                            userInput = (userInput + ' Ctrl').trim();
                            currentChain = (currentChain + ' Ctrl').trim();
                        }
                        else if (event.key === 'Shift') {
                            userInput = (userInput + ' Shift').trim();
                            currentChain = (currentChain + ' Shift').trim();
                        }
                        else if (event.key === 'Alt') {
                            userInput = (userInput + ' Alt').trim();
                            currentChain = (currentChain + ' Alt').trim();
                        }
                        else {
                            userInput = (userInput + ' ' + event.key).trim();
                            currentChain = (currentChain + ' ' + event.key).trim();
                        }
                    }
                    /** if not a chain, add the key to user input and current chain */
                }
                else {
                    /** if modifier key, rename */
                    if (event.key === 'Control') {
                        userInput = (userInput + ' Ctrl').trim();
                        currentChain = (currentChain + ' Ctrl').trim();
                    }
                    else if (event.key === 'Meta') {
                        userInput = (userInput + ' Accel').trim();
                        currentChain = (currentChain + ' Accel').trim();
                    }
                    else if (event.key === 'Shift') {
                        userInput = (userInput + ' Shift').trim();
                        currentChain = (currentChain + ' Shift').trim();
                    }
                    else if (event.key === 'Alt') {
                        userInput = (userInput + ' Alt').trim();
                        currentChain = (currentChain + ' Alt').trim();
                        /** if not a modifier key, add it regularly */
                    }
                    else {
                        userInput = (userInput + ' ' + key).trim();
                        currentChain = (currentChain + ' ' + key).trim();
                    }
                }
            }
            /** update state of keys and currentChain */
            this.setState({
                keys: keys,
                currentChain: currentChain
            });
            return [userInput, keys, currentChain];
        };
        /**
         * Check if shortcut being typed will work
         * (does not end with ctrl, alt, command, or shift)
         * */
        this.checkNonFunctional = () => {
            const dontEnd = ['Ctrl', 'Alt', 'Accel', 'Shift'];
            const shortcutKeys = this.state.currentChain.split(' ');
            const last = shortcutKeys[shortcutKeys.length - 1];
            this.setState({
                isFunctional: !(dontEnd.indexOf(last) !== -1)
            });
            return dontEnd.indexOf(last) !== -1;
        };
        /** Check if shortcut being typed is already taken */
        this.checkShortcutAvailability = (userInput, keys, currentChain) => {
            const conflicts = this.props.findConflictsFor([...keys, currentChain], this.props.shortcut.selector);
            const isAvailable = userInput === '' || conflicts.length === 0;
            // Allow to set shortcut to what it initially was if replacing.
            if (!isAvailable) {
                // TODO: should we keep this logic? It masks what may be a genuine
                // conflict in the defaults or between extensions; ideally we would
                // allow saving, but still warn the user.
                if (conflicts.length === 1 &&
                    conflicts[0].id === this.props.shortcut.id &&
                    this._isReplacingExistingKeybinding) {
                    this.setState({ isAvailable: true });
                    return [];
                }
            }
            this.setState({ isAvailable: isAvailable });
            return conflicts;
        };
        /** Parse and normalize user input */
        this.handleInput = (event) => {
            event.preventDefault();
            this.setState({ selected: false });
            const parsed = this.parseChaining(event, this.state.value, this.state.userInput, this.state.keys, this.state.currentChain);
            const userInput = parsed[0];
            const keys = parsed[1];
            const currentChain = parsed[2];
            const value = this.props.toSymbols(userInput);
            let conflicts = this.checkShortcutAvailability(userInput, keys, currentChain);
            this.setState({
                value: value,
                userInput: userInput,
                keys: keys,
                currentChain: currentChain
            }, () => {
                this.checkNonFunctional();
                this._emitConflicts(conflicts);
            });
        };
        this._handleBlur = (event) => {
            var _a, _b;
            if ((_a = this._ref.current) === null || _a === void 0 ? void 0 : _a.contains(event.relatedTarget)) {
                // Do not hide when clicking inside the input
                return;
            }
            if ((_b = event.relatedTarget) === null || _b === void 0 ? void 0 : _b.closest(`.${CONFLICT_CONTAINER_CLASS}`)) {
                // Do not hide input when clicking on conflict container as this would destroy the state
                return;
            }
            // Hide the input
            this.props.toggleInput();
        };
        this._ref = react_index_js_.createRef();
        this.state = {
            value: this.props.placeholder,
            userInput: '',
            isAvailable: true,
            isFunctional: this._isReplacingExistingKeybinding,
            keys: [],
            currentChain: '',
            selected: true
        };
    }
    /** Whether this input replaces existing keybinding or creates a new one */
    get _isReplacingExistingKeybinding() {
        return !!this.props.keybinding;
    }
    _emitConflicts(conflicts) {
        const keys = [...this.state.keys, this.state.currentChain];
        this.props.displayConflicts({
            conflictsWith: conflicts,
            keys: this.state.keys,
            overwrite: async () => {
                this.setState({
                    // Since user decided to overwrite, no need to show it as conflicted anymore
                    isAvailable: true
                });
                // Try to overwrite
                await this._handleOverwrite(conflicts, keys);
                // Only hide the input after the overwrite took place
                this.props.toggleInput();
            },
            cancel: () => {
                // Hide the input
                this.props.toggleInput();
            }
        });
    }
    render() {
        const trans = this.props.translator.load('jupyterlab');
        let inputClassName = 'jp-Shortcuts-Input';
        if (!this.state.isAvailable) {
            inputClassName += ' jp-mod-unavailable-Input';
        }
        return (react_index_js_.createElement("div", { className: this.props.displayInput
                ? !this._isReplacingExistingKeybinding
                    ? 'jp-Shortcuts-InputBox jp-Shortcuts-InputBoxNew'
                    : 'jp-Shortcuts-InputBox'
                : 'jp-mod-hidden', ref: this._ref, onBlur: this._handleBlur },
            react_index_js_.createElement("div", { tabIndex: 0, className: inputClassName, onKeyDown: this.handleInput, ref: input => input && input.focus(), "data-lm-suppress-shortcuts": "true" },
                react_index_js_.createElement("p", { className: this.state.selected && this._isReplacingExistingKeybinding
                        ? 'jp-Shortcuts-InputText jp-mod-selected-InputText'
                        : this.state.value === ''
                            ? 'jp-Shortcuts-InputText jp-mod-waiting-InputText'
                            : 'jp-Shortcuts-InputText' }, this.state.value === ''
                    ? trans.__('press keys')
                    : this.state.value)),
            react_index_js_.createElement("button", { className: !this.state.isFunctional
                    ? 'jp-Shortcuts-Submit jp-mod-defunc-Submit'
                    : !this.state.isAvailable
                        ? 'jp-Shortcuts-Submit jp-mod-conflict-Submit'
                        : 'jp-Shortcuts-Submit', disabled: !this.state.isAvailable || !this.state.isFunctional, onClick: this.handleSubmit, tabIndex: 0 }, this.state.isAvailable ? react_index_js_.createElement(ui_components_lib_index_js_.checkIcon.react, null) : react_index_js_.createElement(ui_components_lib_index_js_.errorIcon.react, null))));
    }
}
//# sourceMappingURL=ShortcutInput.js.map
// EXTERNAL MODULE: consume shared module (default) @lumino/algorithm@^2.0.5 (strict) (fallback: /work/wt-safety/node_modules/@lumino/algorithm/dist/index.es6.js)
var algorithm_dist_index_es6_js_ = __webpack_require__(54176);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/types.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Identifiers of commands registered by shortcuts UI.
 */
var types_CommandIDs;
(function (CommandIDs) {
    CommandIDs.editBinding = 'shortcuts:edit-keybinding';
    CommandIDs.addBinding = 'shortcuts:add-keybinding';
    CommandIDs.deleteBinding = 'shortcuts:delete-keybinding';
    CommandIDs.toggleSelectors = 'shortcuts:toggle-selectors';
    CommandIDs.resetAll = 'shortcuts:reset-all';
})(types_CommandIDs || (types_CommandIDs = {}));
/**
 * Match type to search in shortcuts.
 */
var types_MatchType;
(function (MatchType) {
    MatchType[MatchType["Label"] = 0] = "Label";
    MatchType[MatchType["Category"] = 1] = "Category";
    MatchType[MatchType["Split"] = 2] = "Split";
    MatchType[MatchType["Default"] = 3] = "Default";
})(types_MatchType || (types_MatchType = {}));
//# sourceMappingURL=types.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/registry.js



/**
 * Shortcut registry used by Shortcut UI component.
 */
class registry_ShortcutRegistry extends Map {
    constructor(options) {
        var _a, _b, _c, _d;
        super();
        const { settings, commandRegistry, allCommands } = options;
        // Build the registry of shortcuts.
        // If allCommands is defined, build empty shortcuts for all the commands available,
        // otherwise get the existing shortcuts from the settings registry.
        if (allCommands) {
            for (const command of commandRegistry.listCommands()) {
                const shortcut = {
                    command,
                    selector: 'body'
                };
                const targetKey = this._computeTargetId(shortcut);
                const commandParts = shortcut.command.split(':');
                const label = (_a = commandRegistry.label(shortcut.command, shortcut.args)) !== null && _a !== void 0 ? _a : (commandParts.length > 1 ? commandParts[1] : undefined);
                const category = commandParts[0];
                const shortcutTarget = {
                    ...shortcut,
                    id: targetKey,
                    keybindings: [],
                    category,
                    label,
                    args: {}
                };
                this.set(targetKey, shortcutTarget);
            }
        }
        else if (settings) {
            const userBindings = (_b = settings.user.shortcuts) !== null && _b !== void 0 ? _b : [];
            const setByUser = new Set(userBindings.map(this._computeKeybindingId.bind(this)));
            const luminoKeybindings = (_c = settings.composite.shortcuts) !== null && _c !== void 0 ? _c : [];
            // Compute the target ID for the shortcuts defined by an extension.
            const shortcutsFromExtensions = settings.default('shortcuts').map(shortcut => {
                return this._computeTargetId(shortcut);
            });
            for (const shortcut of luminoKeybindings) {
                const targetKey = this._computeTargetId(shortcut);
                const keybindingKey = this._computeKeybindingId(shortcut);
                const keybinding = {
                    // Resolve platform-specific keys (`winKeys`/`linuxKeys`/`macKeys` with fallback to `keys`)
                    keys: index_es6_js_.CommandRegistry.normalizeKeys(shortcut),
                    isDefault: !setByUser.has(keybindingKey),
                    ...(shortcut.preventDefault === undefined
                        ? {}
                        : { preventDefault: shortcut.preventDefault })
                };
                const shortcutTarget = this.get(targetKey);
                if (shortcutTarget) {
                    shortcutTarget.keybindings.push(keybinding);
                }
                else {
                    const commandParts = shortcut.command.split(':');
                    const label = (_d = commandRegistry.label(shortcut.command, shortcut.args)) !== null && _d !== void 0 ? _d : (commandParts.length > 1 ? commandParts[1] : undefined);
                    const category = commandParts[0];
                    this.set(targetKey, {
                        id: targetKey,
                        selector: shortcut.selector,
                        command: shortcut.command,
                        category,
                        label,
                        args: shortcut.args,
                        keybindings: [keybinding],
                        userDefined: !shortcutsFromExtensions.includes(targetKey)
                    });
                }
            }
        }
    }
    /**
     * Find targets that would conflict with given keys chord under given sequence.
     */
    findConflictsFor(keys, selector) {
        const checker = new KeybindingsConflictChecker({ registry: this });
        const normalizedKeys = keys.map(index_es6_js_.CommandRegistry.normalizeKeystroke);
        // First check the full chain
        let conflicts = checker.findConflicts(normalizedKeys, selector);
        if (conflicts.length !== 0) {
            return conflicts;
        }
        // Then check each piece of the chain
        for (const binding of normalizedKeys) {
            conflicts = checker.findConflicts([binding], selector);
            if (conflicts.length !== 0) {
                return conflicts;
            }
        }
        return [];
    }
    _computeTargetId(shortcut) {
        var _a;
        return (shortcut.command +
            '_' +
            shortcut.selector +
            '_' +
            JSON.stringify((_a = shortcut.args) !== null && _a !== void 0 ? _a : {}));
    }
    _computeKeybindingId(shortcut) {
        var _a;
        return [
            shortcut.command,
            shortcut.selector,
            JSON.stringify((_a = shortcut.args) !== null && _a !== void 0 ? _a : {}),
            index_es6_js_.CommandRegistry.normalizeKeys(shortcut).join(' ')
        ].join('_');
    }
}
/**
 * Allows checking if a given keybinding is available, or directly conflicts with other targets.
 */
class KeybindingsConflictChecker {
    constructor(options) {
        var _a;
        const keybindingsMap = new Map();
        for (const shortcutTarget of options.registry.values()) {
            for (const keybinding of shortcutTarget.keybindings) {
                const hash = this._keybindingHash(keybinding.keys, shortcutTarget.selector);
                const list = (_a = keybindingsMap.get(hash)) !== null && _a !== void 0 ? _a : [];
                list.push(shortcutTarget);
                keybindingsMap.set(hash, list);
            }
        }
        this._keybindingsMap = keybindingsMap;
    }
    findConflicts(keys, selector) {
        var _a;
        const hash = this._keybindingHash(keys, selector);
        return (_a = this._keybindingsMap.get(hash)) !== null && _a !== void 0 ? _a : [];
    }
    _keybindingHash(keys, selector) {
        return keys.join(' ') + '_' + selector;
    }
}
/**
 * Interfaces for ShortcutRegistry class.
 */
(function (ShortcutRegistry) {
    /** Normalize the query text for a fuzzy search. */
    function normalizeQuery(text) {
        return text.replace(/\s+/g, '').toLowerCase();
    }
    /** Perform a fuzzy search on a single command item. */
    function fuzzySearch(item, query) {
        var _a;
        // Create the source text to be searched.
        const category = item.category.toLowerCase();
        const label = ((_a = item['label']) !== null && _a !== void 0 ? _a : '').toLowerCase();
        const source = `${category} ${label}`;
        // Set up the match score and indices array.
        let score = Infinity;
        let indices = null;
        // The regex for search word boundaries
        const rgx = /\b\w/g;
        // Search the source by word boundary.
        while (true) {
            // Find the next word boundary in the source.
            const rgxMatch = rgx.exec(source);
            // Break if there is no more source context.
            if (!rgxMatch) {
                break;
            }
            // Run the string match on the relevant substring.
            const match = algorithm_dist_index_es6_js_.StringExt.matchSumOfDeltas(source, query, rgxMatch.index);
            // Break if there is no match.
            if (!match) {
                break;
            }
            // Update the match if the score is better.
            if (match && match.score <= score) {
                score = match.score;
                indices = match.indices;
            }
        }
        // Bail if there was no match.
        if (!indices || score === Infinity) {
            return null;
        }
        // Compute the pivot index between category and label text.
        const pivot = category.length + 1;
        // Find the slice index to separate matched indices.
        const j = algorithm_dist_index_es6_js_.ArrayExt.lowerBound(indices, pivot, (a, b) => a - b);
        // Extract the matched category and label indices.
        const categoryIndices = indices.slice(0, j);
        const labelIndices = indices.slice(j);
        // Adjust the label indices for the pivot offset.
        for (let i = 0, n = labelIndices.length; i < n; ++i) {
            labelIndices[i] -= pivot;
        }
        // Handle a pure label match.
        if (categoryIndices.length === 0) {
            return {
                matchType: types_MatchType.Label,
                categoryIndices: null,
                labelIndices,
                score,
                item
            };
        }
        // Handle a pure category match.
        if (labelIndices.length === 0) {
            return {
                matchType: types_MatchType.Category,
                categoryIndices,
                labelIndices: null,
                score,
                item
            };
        }
        // Handle a split match.
        return {
            matchType: types_MatchType.Split,
            categoryIndices,
            labelIndices,
            score,
            item
        };
    }
    /** Perform a fuzzy match on an array of command items. */
    function matchItems(items, query) {
        // Normalize the query text to lower case with no whitespace.
        query = normalizeQuery(query);
        // Create the array to hold the scores.
        let scores = [];
        // Iterate over the items and match against the query.
        for (const item of items.values()) {
            // If the query is empty, all items are matched by default.
            if (!query) {
                scores.push({
                    matchType: types_MatchType.Default,
                    categoryIndices: null,
                    labelIndices: null,
                    score: 0,
                    item
                });
                continue;
            }
            // Run the fuzzy search for the item and query.
            let score = fuzzySearch(item, query);
            // Ignore the item if it is not a match.
            if (!score) {
                continue;
            }
            // Add the score to the results.
            scores.push(score);
        }
        // Return the final array of scores.
        return scores;
    }
    ShortcutRegistry.matchItems = matchItems;
})(registry_ShortcutRegistry || (registry_ShortcutRegistry = {}));
//# sourceMappingURL=registry.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/components/ShortcutItem.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */







const MAC_SYMBOLS = {
    Ctrl: '⌃',
    Alt: '⌥',
    Shift: '⇧',
    Accel: '⌘',
    Cmd: '⌘'
};
/** React component for each command shortcut item */
class ShortcutItem extends react_index_js_.Component {
    constructor(props) {
        super(props);
        /** Toggle display state of input box */
        this.toggleInputNew = () => {
            this.setState({
                displayNewInput: !this.state.displayNewInput,
                // reset conflicts
                conflicts: new Map()
            });
        };
        /** Transform special key names into unicode characters for Mac */
        this.toSymbols = (value) => {
            if (!domutils_dist_index_es6_js_.Platform.IS_MAC) {
                return value
                    .split(' ')
                    .map(key => (key === 'Accel' ? 'Ctrl' : key))
                    .join(' ');
            }
            return value
                .split(' ')
                .map(key => { var _a; return (_a = MAC_SYMBOLS[key]) !== null && _a !== void 0 ? _a : key; })
                .join(' ');
        };
        this._trans = this.props.external.translator.load('jupyterlab');
        this.state = {
            displayNewInput: false,
            displayReplaceInput: Object.freeze({}),
            conflicts: new Map()
        };
    }
    componentDidMount() {
        this.props.external.actionRequested.connect(this._onActionRequested, this);
    }
    componentWillUnmount() {
        this.props.external.actionRequested.disconnect(this._onActionRequested, this);
    }
    async _onActionRequested(_, action) {
        if ('shortcutId' in action &&
            action.shortcutId !== this.props.shortcut.id) {
            return;
        }
        if (action.request === 'add-keybinding') {
            return this.toggleInputNew();
        }
        if (action.request === 'edit-keybinding') {
            this.toggleInputReplaceMethod(action.keybinding);
        }
        if (action.request === 'delete-keybinding') {
            const target = this.props.shortcut;
            const binding = target.keybindings[action.keybinding];
            this.props.deleteKeybinding(target, binding).catch(console.error);
        }
    }
    getCategoryCell() {
        return (react_index_js_.createElement("div", { className: "jp-Shortcuts-Cell" }, this.props.shortcut.category));
    }
    getLabelCell() {
        var _a;
        if (this.props.newShortcutUtils) {
            const filteredShortcuts = this._getFilteredCommands();
            return (react_index_js_.createElement("div", { className: "jp-Shortcuts-Cell" },
                react_index_js_.createElement(ui_components_lib_index_js_.HTMLSelect, { value: this.props.shortcut.command, options: [
                        { value: '', label: this._trans.__('Select a command') },
                        ...filteredShortcuts.map(shortcut => ({
                            value: shortcut.command,
                            label: `${shortcut.category}: ${shortcut.label}`
                        }))
                    ], onChange: e => {
                        var _a, _b, _c;
                        const shortcut = filteredShortcuts.find(shortcut => shortcut.command === e.target.value);
                        (_a = this.props.newShortcutUtils) === null || _a === void 0 ? void 0 : _a.updateCommand((_b = shortcut === null || shortcut === void 0 ? void 0 : shortcut.command) !== null && _b !== void 0 ? _b : '', (_c = shortcut === null || shortcut === void 0 ? void 0 : shortcut.category) !== null && _c !== void 0 ? _c : '');
                    } })));
        }
        else {
            return (react_index_js_.createElement("div", { className: "jp-Shortcuts-Cell" },
                react_index_js_.createElement("div", { className: "jp-label" }, (_a = this.props.shortcut.label) !== null && _a !== void 0 ? _a : this._trans.__('(Command label missing)'))));
        }
    }
    getResetShortCutLink() {
        return (react_index_js_.createElement("a", { className: "jp-Shortcuts-Reset", onClick: () => this.props.resetKeybindings(this.props.shortcut) }, this.props.shortcut.userDefined
            ? this._trans.__('Delete')
            : this._trans.__('Reset')));
    }
    getSourceCell() {
        var _a;
        const allDefault = this.props.shortcut.keybindings.every(binding => binding.isDefault);
        const editable = this.props.shortcut.userDefined || !!this.props.newShortcutUtils;
        const showOptionsButtonTitle = editable
            ? this._trans.__('Custom options')
            : this._trans.__('Show options');
        return (react_index_js_.createElement("div", { className: "jp-Shortcuts-Cell" },
            !this.props.newShortcutUtils && (react_index_js_.createElement("div", { className: "jp-Shortcuts-SourceCell" }, allDefault ? this._trans.__('Default') : this._trans.__('Custom'))),
            !allDefault ? this.getResetShortCutLink() : '',
            this.props.external.editorFactory && (react_index_js_.createElement(react_components_lib_index_js_.Button, { className: "jp-mod-styled jp-mod-reject jp-Shortcuts-CustomOptions", onClick: async () => {
                    if (!this.props.external.editorFactory) {
                        console.error('Cannot build the custom options form');
                        return;
                    }
                    const dialog = new CustomOptionsDialog({
                        shortcut: this.props.shortcut,
                        translator: this.props.external.translator,
                        editorFactory: this.props.external.editorFactory,
                        readOnly: !editable
                    });
                    const result = await dialog.launch();
                    if (result.button.accept && editable && result.value) {
                        await this.props.setCustomOptions(this.props.shortcut, result.value);
                    }
                }, title: showOptionsButtonTitle, "aria-label": showOptionsButtonTitle, appearance: 'neutral' }, editable ? (react_index_js_.createElement(ui_components_lib_index_js_.editIcon.react, { tag: null })) : (react_index_js_.createElement(ui_components_lib_index_js_.infoIcon.react, { tag: null })))),
            !!this.props.newShortcutUtils && (react_index_js_.createElement(react_index_js_.Fragment, null,
                react_index_js_.createElement(react_components_lib_index_js_.Button, { className: "jp-mod-styled jp-mod-accept jp-Shortcuts-SaveNew", onClick: (_a = this.props.newShortcutUtils) === null || _a === void 0 ? void 0 : _a.saveShortcut, title: this._trans.__('Save shortcut'), "aria-label": this._trans.__('Save shortcut'), appearance: "neutral", disabled: !this.props.shortcut.command ||
                        !this.props.shortcut.keybindings.length ||
                        this.props.shortcut.keybindings.every(binding => !binding.keys || binding.keys.length === 0) },
                    react_index_js_.createElement(ui_components_lib_index_js_.checkIcon.react, { tag: null }))))));
    }
    getOptionalSelectorCell() {
        return this.props.showSelectors ? (react_index_js_.createElement("div", { className: "jp-Shortcuts-Cell" },
            react_index_js_.createElement("div", { className: "jp-selector" }, this.props.shortcut.selector))) : null;
    }
    getClassNameForShortCuts(nonEmptyBindings) {
        const classes = ['jp-Shortcuts-ShortcutCell'];
        switch (nonEmptyBindings.length) {
            case 1:
                classes.push('jp-Shortcuts-SingleCell');
                break;
            case 0:
                classes.push('jp-Shortcuts-EmptyCell');
                break;
        }
        return classes.join(' ');
    }
    toggleInputReplaceMethod(location) {
        const previous = this.state.displayReplaceInput[location];
        this.setState({
            displayReplaceInput: {
                ...this.state.displayReplaceInput,
                [location]: !previous
            },
            // Clear old conflicts
            conflicts: new Map()
        });
    }
    getDisplayReplaceInput(location) {
        return this.state.displayReplaceInput[location];
    }
    getOrDisplayIfNeeded(force) {
        const classes = ['jp-Shortcuts-Or'];
        if (force || this.state.displayNewInput) {
            classes.push('jp-Shortcuts-Or-Forced');
        }
        return react_index_js_.createElement("div", { className: classes.join(' ') }, this._trans.__('or'));
    }
    getShortCutAsInput(binding, location) {
        return (react_index_js_.createElement(ShortcutInput, { addKeybinding: this.props.addKeybinding, replaceKeybinding: this.props.replaceKeybinding, deleteKeybinding: this.props.deleteKeybinding, findConflictsFor: this.props.findConflictsFor, toggleInput: () => this.toggleInputReplaceMethod(location), shortcut: this.props.shortcut, keybinding: binding, displayConflicts: (data) => {
                const conflicts = new Map(this.state.conflicts);
                conflicts.set(binding, data);
                this.setState({ conflicts });
            }, toSymbols: this.toSymbols, displayInput: this.getDisplayReplaceInput(location), placeholder: this.toSymbols(binding.keys.join(', ')), translator: this.props.external.translator }));
    }
    getShortCutForDisplayOnly(binding) {
        return binding.keys.map((keyboardKey, index) => (react_index_js_.createElement("div", { className: "jp-Shortcuts-ShortcutKeysContainer", key: index },
            react_index_js_.createElement("div", { className: "jp-Shortcuts-ShortcutKeys" }, this.toSymbols(keyboardKey)
                .split(' ')
                .map((keyPart, keyPartIndex, keyParts) => (react_index_js_.createElement(react_index_js_.Fragment, { key: `${index}-${keyPart}-${keyPartIndex}` },
                react_index_js_.createElement("span", { className: "jp-ContextualShortcut-Key" }, keyPart),
                keyPartIndex + 1 < keyParts.length ? ' + ' : null)))),
            index + 1 < binding.keys.length ? (react_index_js_.createElement("div", { className: "jp-Shortcuts-Comma" }, ",")) : null)));
    }
    isLocationBeingEdited(location) {
        return this.state.displayReplaceInput[location];
    }
    getDivForKey(index, binding, nonEmptyBindings) {
        return (react_index_js_.createElement("div", { className: "jp-Shortcuts-ShortcutContainer", key: this.props.shortcut.id + '_' + index, "data-keybinding": index, "data-shortcut": this.props.shortcut.id, onClick: () => this.toggleInputReplaceMethod(index) },
            this.isLocationBeingEdited(index)
                ? this.getShortCutAsInput(binding, index)
                : this.getShortCutForDisplayOnly(binding),
            !(index === this._nonEmptyBindings.length - 1 &&
                Object.values(this.state.displayReplaceInput).some(Boolean)) &&
                this.getOrDisplayIfNeeded(index < this._nonEmptyBindings.length - 1)));
    }
    getAddLink() {
        return (react_index_js_.createElement("a", { className: !this.state.displayNewInput ? 'jp-Shortcuts-Plus' : '', onClick: () => {
                this.toggleInputNew();
            } }, this._trans.__('Add')));
    }
    getInputBoxWhenToggled() {
        return this.state.displayNewInput ? (react_index_js_.createElement(ShortcutInput, { addKeybinding: this.props.addKeybinding, replaceKeybinding: this.props.replaceKeybinding, deleteKeybinding: this.props.deleteKeybinding, findConflictsFor: this.props.findConflictsFor, toggleInput: this.toggleInputNew, shortcut: this.props.shortcut, displayConflicts: (data) => {
                const conflicts = new Map(this.state.conflicts);
                conflicts.set(null, data);
                this.setState({ conflicts });
            }, toSymbols: this.toSymbols, displayInput: this.state.displayNewInput, placeholder: '', translator: this.props.external.translator })) : (react_index_js_.createElement("div", null));
    }
    getShortCutsCell(nonEmptyBindings) {
        return (react_index_js_.createElement("div", { className: "jp-Shortcuts-Cell" },
            react_index_js_.createElement("div", { className: this.getClassNameForShortCuts(nonEmptyBindings) },
                nonEmptyBindings.map((key, index) => this.getDivForKey(index, key, nonEmptyBindings)),
                nonEmptyBindings.length >= 1 &&
                    !this.state.displayNewInput &&
                    !Object.values(this.state.displayReplaceInput).some(Boolean) &&
                    this.getAddLink(),
                nonEmptyBindings.length === 0 &&
                    !this.state.displayNewInput &&
                    this.getAddLink(),
                this.getInputBoxWhenToggled())));
    }
    getConflicts() {
        const conflicts = [...this.state.conflicts.values()].filter(conflict => conflict.conflictsWith.length !== 0);
        if (conflicts.length === 0) {
            return react_index_js_.createElement(react_index_js_.Fragment, null);
        }
        return (react_index_js_.createElement("div", { className: "jp-Shortcuts-Row jp-Shortcuts-RowWithConflict" },
            react_index_js_.createElement("div", { className: CONFLICT_CONTAINER_CLASS }, conflicts.map(conflict => {
                const key = conflict.keys.join(' ') +
                    '_' +
                    conflict.conflictsWith.map(target => target.id).join('');
                return (react_index_js_.createElement("div", { className: "jp-Shortcuts-Conflict", key: key },
                    react_index_js_.createElement("div", { className: "jp-Shortcuts-ErrorMessage" }, this._trans.__('Shortcut already in use by %1. Overwrite it?', conflict.conflictsWith
                        .map(target => { var _a; return (_a = target.label) !== null && _a !== void 0 ? _a : target.command; })
                        .join(', '))),
                    react_index_js_.createElement("div", { className: "jp-Shortcuts-ErrorButton" },
                        react_index_js_.createElement("button", { className: "jp-Button jp-mod-reject jp-mod-styled", onClick: () => {
                                this._clearConflict(conflict);
                                conflict.cancel();
                            } }, this._trans.__('Cancel')),
                        react_index_js_.createElement("button", { className: "jp-Button jp-mod-warn jp-mod-styled", onClick: () => {
                                // Clear the conflict first to prevent user from accidentally clicking this button twice
                                this._clearConflict(conflict);
                                conflict.overwrite();
                            } }, this._trans.__('Overwrite')))));
            }))));
    }
    /**
     * Mark conflict as resolved.
     */
    _clearConflict(conflictToClear) {
        const conflicts = new Map();
        const idToSkip = this._conflictId(conflictToClear);
        for (const [binding, conflict] of this.state.conflicts.entries()) {
            if (this._conflictId(conflict) !== idToSkip) {
                conflicts.set(binding, conflict);
            }
        }
        this.setState({ conflicts });
    }
    /**
     * Create a unique conflict identifier.
     */
    _conflictId(conflict) {
        return (conflict.keys.join(' ') +
            '_' +
            conflict.conflictsWith.map(target => target.id).join(''));
    }
    _getFilteredCommands() {
        var _a, _b;
        const registry = new registry_ShortcutRegistry({
            commandRegistry: this.props.external.commandRegistry,
            allCommands: true
        });
        const filteredShortcuts = registry_ShortcutRegistry.matchItems(registry, (_b = (_a = this.props.newShortcutUtils) === null || _a === void 0 ? void 0 : _a.searchQuery) !== null && _b !== void 0 ? _b : '')
            .map((item) => item.item)
            .filter(target => !target.command.startsWith('__internal:'));
        filteredShortcuts.sort((a, b) => {
            var _a, _b;
            const compareA = a.category;
            const compareB = b.category;
            const compareResult = compareA.localeCompare(compareB);
            if (compareResult) {
                return compareResult;
            }
            else {
                const aLabel = (_a = a['label']) !== null && _a !== void 0 ? _a : '';
                const bLabel = (_b = b['label']) !== null && _b !== void 0 ? _b : '';
                return aLabel.localeCompare(bLabel);
            }
        });
        return filteredShortcuts;
    }
    get _nonEmptyBindings() {
        return this.props.shortcut.keybindings.filter(binding => binding.keys.filter(k => k != '').length !== 0);
    }
    render() {
        return (react_index_js_.createElement(react_index_js_.Fragment, null,
            react_index_js_.createElement("div", { className: `jp-Shortcuts-Row${this.props.newShortcutUtils ? ' jp-Shortcuts-Row-newShortcut' : ''}`, "data-shortcut": this.props.shortcut.id },
                this.getCategoryCell(),
                this.getLabelCell(),
                this.getShortCutsCell(this._nonEmptyBindings),
                this.getSourceCell(),
                this.getOptionalSelectorCell()),
            this.getConflicts()));
    }
}
//# sourceMappingURL=ShortcutItem.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/components/ShortcutList.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */


const TOPNAV_HEIGHT = 115;
/** React component for list of shortcuts */
class ShortcutList extends react_index_js_.Component {
    render() {
        return (react_index_js_.createElement("div", { className: "jp-Shortcuts-ShortcutListContainer", style: {
                height: `${this.props.height - TOPNAV_HEIGHT}px`
            }, id: "shortcutListContainer" },
            react_index_js_.createElement("div", { className: "jp-Shortcuts-ShortcutList" }, this.props.shortcuts.map((shortcut) => {
                return (react_index_js_.createElement(ShortcutItem, { key: shortcut.id, addKeybinding: this.props.addKeybinding, replaceKeybinding: this.props.replaceKeybinding, deleteKeybinding: this.props.deleteKeybinding, resetKeybindings: this.props.resetKeybindings, findConflictsFor: this.props.findConflictsFor, setCustomOptions: this.props.setCustomOptions, shortcut: shortcut, showSelectors: this.props.showSelectors, external: this.props.external }));
            }))));
    }
}
//# sourceMappingURL=ShortcutList.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/components/ShortcutTitleItem.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */


class ShortcutTitleItem extends react_index_js_.Component {
    render() {
        return (react_index_js_.createElement("div", { className: this.props.title.toLowerCase() === this.props.active
                ? 'jp-Shortcuts-Header jp-Shortcuts-CurrentHeader'
                : 'jp-Shortcuts-Header', onClick: () => this.props.updateSort(this.props.columnId) },
            this.props.title,
            react_index_js_.createElement(ui_components_lib_index_js_.caretDownEmptyThinIcon.react, { className: 'jp-Shortcuts-SortButton jp-ShortcutTitleItem-sortButton' })));
    }
}
//# sourceMappingURL=ShortcutTitleItem.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/components/TopNav.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */




function AdvancedOptions(props) {
    const trans = props.translator.load('jupyterlab');
    return (react_index_js_.createElement("div", { className: "jp-Shortcuts-AdvancedOptions" },
        react_index_js_.createElement("a", { className: "jp-Shortcuts-AdvancedOptionsLink", onClick: () => props.toggleSelectors() }, props.showSelectors
            ? trans.__('Hide Selectors')
            : trans.__('Show Selectors')),
        react_index_js_.createElement("a", { className: "jp-Shortcuts-AdvancedOptionsLink", onClick: () => props.resetShortcuts() }, trans.__('Reset All')),
        react_index_js_.createElement(react_components_lib_index_js_.Button, { className: "jp-mod-styled jp-mod-accept jp-Shortcuts-AdvancedOptionsButton", onClick: props.toggleAddCommandRow, title: trans.__('Tool for adding shortcuts'), "aria-label": trans.__('Tool for adding shortcuts') },
            react_index_js_.createElement(ui_components_lib_index_js_.addIcon.react, { tag: "span", elementSize: "xlarge", elementPosition: "center" }))));
}
/** React component for top navigation */
class TopNav extends react_index_js_.Component {
    constructor(props) {
        super(props);
    }
    getShortCutTitleItem(title, columnId) {
        return (react_index_js_.createElement("div", { className: "jp-Shortcuts-Cell" },
            react_index_js_.createElement(ShortcutTitleItem, { title: title, updateSort: this.props.updateSort, active: this.props.currentSort, columnId: columnId })));
    }
    render() {
        const trans = this.props.translator.load('jupyterlab');
        return (react_index_js_.createElement("div", { className: "jp-Shortcuts-Top" },
            react_index_js_.createElement("div", { className: "jp-Shortcuts-TopNav" },
                react_index_js_.createElement(ui_components_lib_index_js_.FilterBox, { "aria-label": trans.__('Search shortcuts'), updateFilter: (_, query) => this.props.updateSearchQuery(query !== null && query !== void 0 ? query : ''), placeholder: trans.__('Search…'), useFuzzyFilter: false }),
                react_index_js_.createElement(AdvancedOptions, { toggleSelectors: this.props.toggleSelectors, showSelectors: this.props.showSelectors, resetShortcuts: this.props.resetShortcuts, toggleAddCommandRow: this.props.toggleAddCommandRow, translator: this.props.translator })),
            react_index_js_.createElement("div", { className: "jp-Shortcuts-HeaderRowContainer" },
                react_index_js_.createElement("div", { className: "jp-Shortcuts-HeaderRow" },
                    this.getShortCutTitleItem(trans.__('Category'), 'category'),
                    this.getShortCutTitleItem(trans.__('Command'), 'command'),
                    react_index_js_.createElement("div", { className: "jp-Shortcuts-Cell" },
                        react_index_js_.createElement("div", { className: "title-div" }, trans.__('Shortcut'))),
                    this.getShortCutTitleItem(trans.__('Source'), 'source'),
                    this.props.showSelectors &&
                        this.getShortCutTitleItem(trans.__('Selectors'), 'selector')))));
    }
}
//# sourceMappingURL=TopNav.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/components/ShortcutUI.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */









/** Top level React component for widget */
class ShortcutUI extends react_index_js_.Component {
    constructor(props) {
        super(props);
        /** Set the current search query */
        this.updateSearchQuery = (query) => {
            this.setState({
                searchQuery: query
            }, () => {
                const registry = this.state.shortcutRegistry;
                this.setState({
                    filteredShortcutList: this._searchFilterShortcuts(registry)
                }, () => {
                    this.sortShortcuts();
                });
            });
        };
        /**
         * Reset all keybindings to their defaults
         */
        this.resetShortcuts = async () => {
            const settings = await this.props.external.getSettings();
            await settings.set('shortcuts', []);
            await this._refreshShortcutList();
        };
        /**
         * Reset keybindings for given target to defaults.
         */
        this.resetKeybindings = async (target) => {
            await this._setKeybinding(target, []);
        };
        /**
         * Replace the given keybinding with a new keybinding as defined by given keys.
         */
        this.replaceKeybinding = async (target, keybinding, keys) => {
            return this._setKeybinding(target, keys, keybinding);
        };
        /**
         * Delete a single keybinding for given shortcut target.
         */
        this.deleteKeybinding = async (target, keybinding) => {
            await this._setKeybinding(target, [], keybinding);
        };
        /**
         * Add a new keybinding.
         */
        this.addKeybinding = async (target, keys) => {
            await this._setKeybinding(target, keys);
        };
        /**
         * Update the selector and args for a user defined shortcut.
         */
        this.setCustomOptions = async (target, options) => {
            var _a;
            const settings = await this.props.external.getSettings();
            const userShortcuts = (_a = settings.user.shortcuts) !== null && _a !== void 0 ? _a : [];
            const shortcuts = userShortcuts.filter(shortcut => {
                var _a, _b;
                return shortcut.command === target.command &&
                    shortcut.selector === target.selector &&
                    dist_index_js_.JSONExt.deepEqual((_a = shortcut.args) !== null && _a !== void 0 ? _a : {}, (_b = target.args) !== null && _b !== void 0 ? _b : {});
            });
            if (!shortcuts.length) {
                console.error('Error writing the custom options: target not found');
                return false;
            }
            shortcuts.forEach(shortcut => {
                shortcut.selector = options.selector;
                shortcut.args = options.args;
            });
            await settings.set('shortcuts', userShortcuts);
            await this._refreshShortcutList();
            return true;
        };
        /** Toggles showing command selectors */
        this.toggleSelectors = () => {
            this.setState({ showSelectors: !this.state.showSelectors });
        };
        /**
         * Toggle showing add command row.
         */
        this.toggleAddCommandRow = async () => {
            this.setState({ showAddCommand: !this.state.showAddCommand });
        };
        /**
         * Set the sort order for the shortcuts listing.
         */
        this.updateSort = (value) => {
            if (value !== this.state.currentSort) {
                this.setState({ currentSort: value }, this.sortShortcuts);
            }
        };
        /**
         * Save a new shortcut:
         * - creates keybindings for the command
         * - adds the args to the shortcut commands
         */
        this.saveNewShortcut = async () => {
            const shortcut = { ...this.state.newShortcut, args: undefined };
            for (let keybinding of shortcut.keybindings) {
                await this.addKeybinding(shortcut, keybinding.keys);
            }
            const created = await this.setCustomOptions(shortcut, {
                selector: shortcut.selector,
                args: this.state.newShortcut.args
            });
            if (created) {
                this._newShortcutItem.reset();
                void this.toggleAddCommandRow();
            }
        };
        this._newShortcutItem = new NewShortcutItem({
            showSelectors: false,
            findConflictsFor: (keys, selector) => {
                if (this.state.shortcutRegistry) {
                    return this.state.shortcutRegistry.findConflictsFor(keys, selector);
                }
                else {
                    console.error('Cannot search for keybinding conflicts at this time: registry is not ready');
                    return [];
                }
            },
            external: this.props.external
        });
        this.state = {
            shortcutRegistry: null,
            filteredShortcutList: new Array(),
            shortcutsFetched: false,
            searchQuery: '',
            showSelectors: false,
            currentSort: 'category',
            showAddCommand: false,
            newShortcut: this._newShortcutItem.shortcut
        };
        this._newShortcutItem.changed.connect(() => {
            this.setState({ newShortcut: { ...this._newShortcutItem.shortcut } });
        });
    }
    /** Fetch shortcut list on mount */
    componentDidMount() {
        this.props.external.actionRequested.connect(this._onActionRequested, this);
        void this._refreshShortcutList();
    }
    componentWillUnmount() {
        this.props.external.actionRequested.disconnect(this._onActionRequested, this);
    }
    async _onActionRequested(_, action) {
        if (action.request === 'toggle-selectors') {
            return this.toggleSelectors();
        }
        if (action.request === 'reset-all') {
            await this.resetShortcuts();
        }
    }
    /** Fetch shortcut list from SettingRegistry  */
    async _refreshShortcutList() {
        const settings = await this.props.external.getSettings();
        const shortcutRegistry = new registry_ShortcutRegistry({
            commandRegistry: this.props.external.commandRegistry,
            settings
        });
        this.setState({
            shortcutRegistry: shortcutRegistry,
            filteredShortcutList: this._searchFilterShortcuts(shortcutRegistry),
            shortcutsFetched: true
        }, () => {
            this.sortShortcuts();
        });
    }
    /** Filter shortcut list using current search query */
    _searchFilterShortcuts(registry) {
        if (!registry) {
            return [];
        }
        const filteredShortcuts = registry_ShortcutRegistry.matchItems(registry, this.state.searchQuery).map((item) => {
            return item.item;
        });
        return filteredShortcuts;
    }
    /**
     * Replace the given keybinding with a new keybinding as defined by given keys.
     *
     * If keybinding is not given a new keybinding will be created.
     * If keys are empty (or include a single empty string) the keybinding will be deleted.
     * If keybinding is a default keybinding and the provided keys differ from default, it will be disabled.
     */
    async _setKeybinding(target, keys, keybinding) {
        var _a, _b, _c, _d, _e;
        if (keys.length === 1 && keys[0] == '') {
            keys = [];
        }
        // `keybinding.keys` as exposed by the registry are platform-resolved and
        // normalized, while `keys` come from user input which may use e.g. `Accel`
        // where the registry surfaces `Cmd` or `Ctrl`; normalize before comparing.
        // The replacement/new binding still persists the raw `keys` so that
        // platform-agnostic modifiers like `Accel` are preserved in the user
        // settings; entries derived from existing keybindings (such as the
        // `disabled` override of a default) persist the resolved `keybinding.keys`.
        const normalizedKeys = keys.map(index_es6_js_.CommandRegistry.normalizeKeystroke);
        const settings = await this.props.external.getSettings();
        const userShortcuts = (_a = settings.user.shortcuts) !== null && _a !== void 0 ? _a : [];
        const newUserShortcuts = [];
        let found = false;
        // Copy over existing user keybindings
        for (let shortcut of userShortcuts) {
            // If this is the query keybinding, update it with new `keys`
            if (shortcut.command === target.command &&
                shortcut.selector === target.selector &&
                dist_index_js_.JSONExt.deepEqual((_b = shortcut.args) !== null && _b !== void 0 ? _b : {}, (_c = target.args) !== null && _c !== void 0 ? _c : {}) &&
                keybinding &&
                // `keybinding.keys` are the resolved (normalized) platform keys exposed
                // by the registry, so compare against the resolved keys of the raw user
                // shortcut rather than its (possibly platform-specific) `keys` fallback.
                dist_index_js_.JSONExt.deepEqual(keybinding.keys, index_es6_js_.CommandRegistry.normalizeKeys(shortcut))) {
                const matchesDefault = keybinding.isDefault &&
                    dist_index_js_.JSONExt.deepEqual(keybinding.keys, normalizedKeys);
                // If the new `keys` are empty, do not copy this one over.
                // Also, if the keybinding is a default keybinding and the desired
                // new `keys` are the same as default, it does not need to be added.
                if (keys.length !== 0 && !matchesDefault) {
                    newUserShortcuts.push(this._setShortcutKeys(shortcut, keys));
                }
                found = true;
            }
            else if (shortcut.command === target.command &&
                shortcut.selector === target.selector &&
                dist_index_js_.JSONExt.deepEqual((_d = shortcut.args) !== null && _d !== void 0 ? _d : {}, (_e = target.args) !== null && _e !== void 0 ? _e : {}) &&
                !keybinding &&
                keys.length === 0) {
                continue;
            }
            else {
                newUserShortcuts.push(shortcut);
            }
        }
        if (!found) {
            const requiresChange = !keybinding || !dist_index_js_.JSONExt.deepEqual(keybinding.keys, normalizedKeys);
            const shouldDisableDefault = keybinding && keybinding.isDefault && requiresChange;
            if (shouldDisableDefault) {
                // If the replaced keybinding is the default, disable it.
                newUserShortcuts.push(this._shortcutFromTarget(target, keybinding.keys, {
                    disabled: true,
                    preventDefault: keybinding.preventDefault
                }));
            }
            // If the new keys are equivalent to the current ones there is nothing
            // to change; adding an override would duplicate the existing keybinding.
            if (keys.length !== 0 && requiresChange) {
                newUserShortcuts.push(this._shortcutFromTarget(target, keys, {
                    preventDefault: keybinding === null || keybinding === void 0 ? void 0 : keybinding.preventDefault
                }));
            }
        }
        await settings.set('shortcuts', newUserShortcuts);
        await this._refreshShortcutList();
    }
    _setShortcutKeys(shortcut, keys) {
        const keyField = this._platformKeys(shortcut);
        return {
            ...shortcut,
            [keyField]: keys
        };
    }
    _shortcutFromTarget(target, keys, options = {}) {
        const shortcut = {
            command: target.command,
            selector: target.selector,
            keys
        };
        if (target.args && !dist_index_js_.JSONExt.deepEqual(target.args, {})) {
            shortcut.args = target.args;
        }
        if (options.disabled) {
            shortcut.disabled = true;
        }
        if (options.preventDefault !== undefined) {
            shortcut.preventDefault = options.preventDefault;
        }
        return shortcut;
    }
    _platformKeys(shortcut) {
        if (domutils_dist_index_es6_js_.Platform.IS_WIN && shortcut.winKeys) {
            return 'winKeys';
        }
        if (domutils_dist_index_es6_js_.Platform.IS_MAC && shortcut.macKeys) {
            return 'macKeys';
        }
        if (!domutils_dist_index_es6_js_.Platform.IS_WIN && !domutils_dist_index_es6_js_.Platform.IS_MAC && shortcut.linuxKeys) {
            return 'linuxKeys';
        }
        return 'keys';
    }
    /**
     * Sort shortcut list using current sort property.
     */
    sortShortcuts() {
        const shortcuts = this.state.filteredShortcutList;
        let sortCriteria = this.state.currentSort;
        if (sortCriteria === 'command') {
            sortCriteria = 'label';
        }
        const getValue = (target) => {
            var _a;
            if (sortCriteria === 'source') {
                return target.keybindings.every(k => k.isDefault) ? 'default' : 'other';
            }
            return (_a = target[sortCriteria]) !== null && _a !== void 0 ? _a : '';
        };
        shortcuts.sort((a, b) => {
            var _a, _b;
            const compareA = getValue(a);
            const compareB = getValue(b);
            const compareResult = compareA.localeCompare(compareB);
            if (compareResult) {
                return compareResult;
            }
            else {
                const aLabel = (_a = a['label']) !== null && _a !== void 0 ? _a : '';
                const bLabel = (_b = b['label']) !== null && _b !== void 0 ? _b : '';
                return aLabel.localeCompare(bLabel);
            }
        });
        this.setState({ filteredShortcutList: shortcuts });
    }
    render() {
        if (!this.state.shortcutsFetched) {
            return null;
        }
        return (react_index_js_.createElement("div", { className: "jp-Shortcuts-ShortcutUI", id: "jp-shortcutui" },
            react_index_js_.createElement(TopNav, { updateSearchQuery: this.updateSearchQuery, resetShortcuts: this.resetShortcuts, toggleSelectors: this.toggleSelectors, showSelectors: this.state.showSelectors, updateSort: this.updateSort, currentSort: this.state.currentSort, toggleAddCommandRow: this.toggleAddCommandRow, width: this.props.width, translator: this.props.external.translator }),
            this.state.showAddCommand && (react_index_js_.createElement(ShortcutItem, { ...this._newShortcutItem, shortcut: this.state.newShortcut, newShortcutUtils: {
                    searchQuery: this.state.searchQuery,
                    updateCommand: this._newShortcutItem.updateCommand,
                    saveShortcut: this.saveNewShortcut
                } })),
            react_index_js_.createElement(ShortcutList, { shortcuts: this.state.filteredShortcutList, resetKeybindings: this.resetKeybindings, addKeybinding: this.addKeybinding, replaceKeybinding: this.replaceKeybinding, deleteKeybinding: this.deleteKeybinding, setCustomOptions: this.setCustomOptions, showSelectors: this.state.showSelectors, findConflictsFor: (keys, selector) => {
                    if (this.state.shortcutRegistry) {
                        return this.state.shortcutRegistry.findConflictsFor(keys, selector);
                    }
                    else {
                        console.error('Cannot search for keybinding conflicts at this time: registry is not ready');
                        return [];
                    }
                }, height: this.props.height, external: this.props.external })));
    }
}
//# sourceMappingURL=ShortcutUI.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/renderer.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */


const renderShortCut = (props) => {
    return react_index_js_.createElement(ShortcutUI, { external: props.external, height: 1000, width: 1000 });
};
//# sourceMappingURL=renderer.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/lib/index.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * @packageDocumentation
 * @module shortcuts-extension
 */











const SHORTCUT_PLUGIN_ID = '@jupyterlab/shortcuts-extension:shortcuts';
function getExternalForJupyterLab(settingRegistry, app, translator, actionRequested, editorFactory) {
    return {
        translator,
        getSettings: () => settingRegistry.load(SHORTCUT_PLUGIN_ID, true),
        commandRegistry: app.commands,
        actionRequested,
        editorFactory
    };
}
/**
 * The default shortcuts extension.
 *
 * #### Notes
 * Shortcut values are stored in the setting system. The default values for each
 * shortcut are preset in the settings schema file of this extension.
 * Additionally, each shortcut can be individually set by the end user by
 * modifying its setting (either in the text editor or by modifying its
 * underlying JSON schema file).
 *
 * When setting shortcut selectors, there are two concepts to consider:
 * specificity and matchability. These two interact in sometimes
 * counterintuitive ways. Keyboard events are triggered from an element and
 * they propagate up the DOM until they reach the `documentElement` (`<body>`).
 *
 * When a registered shortcut sequence is fired, the shortcut manager checks
 * the node that fired the event and each of its ancestors until a node matches
 * one or more registered selectors. The *first* matching selector in the
 * chain of ancestors will invoke the shortcut handler and the traversal will
 * end at that point. If a node matches more than one selector, the handler for
 * whichever selector is more *specific* fires.
 * @see https://www.w3.org/TR/css3-selectors/#specificity
 *
 * The practical consequence of this is that a very broadly matching selector,
 * e.g. `'*'` or `'div'` may match and therefore invoke a handler *before* a
 * more specific selector. The most common pitfall is to use the universal
 * (`'*'`) selector. For almost any use case where a global keyboard shortcut is
 * required, using the `'body'` selector is more appropriate.
 */
const lib_shortcuts = {
    id: SHORTCUT_PLUGIN_ID,
    description: 'Adds the keyboard shortcuts editor.',
    requires: [lib_index_js_.ISettingRegistry],
    optional: [translation_lib_index_js_.ITranslator, ui_components_lib_index_js_.IFormRendererRegistry, index_js_.IEditorServices],
    activate: async (app, registry, translator, editorRegistry, editorServices) => {
        const translator_ = translator !== null && translator !== void 0 ? translator : translation_lib_index_js_.nullTranslator;
        const trans = translator_.load('jupyterlab');
        const { commands } = app;
        let canonical;
        // Stores initial value of the shortcuts `default` value,
        // which reflects the `overrides.json` contents.
        let cannonicalOverrides;
        let loaded = {};
        if (editorRegistry) {
            const actionRequested = new signaling_dist_index_es6_js_.Signal({});
            const isKeybindingNode = (node) => node.dataset['shortcut'] !== undefined;
            app.commands.addCommand(types_CommandIDs.editBinding, {
                label: trans.__('Edit Keybinding'),
                caption: trans.__('Edit existing keybinding'),
                describedBy: {
                    args: {
                        type: 'object',
                        properties: {}
                    }
                },
                execute: () => {
                    const node = app.contextMenuHitTest(isKeybindingNode);
                    const keybinding = node === null || node === void 0 ? void 0 : node.dataset['keybinding'];
                    const shortcutId = node === null || node === void 0 ? void 0 : node.dataset['shortcut'];
                    if (!shortcutId || !keybinding) {
                        return console.log('Missing shortcut id/keybinding information');
                    }
                    actionRequested.emit({
                        request: 'edit-keybinding',
                        keybinding: parseInt(keybinding, 10),
                        shortcutId
                    });
                }
            });
            app.commands.addCommand(types_CommandIDs.deleteBinding, {
                label: trans.__('Delete Keybinding'),
                caption: trans.__('Delete chosen keybinding'),
                describedBy: {
                    args: {
                        type: 'object',
                        properties: {}
                    }
                },
                execute: () => {
                    const node = app.contextMenuHitTest(isKeybindingNode);
                    const keybinding = node === null || node === void 0 ? void 0 : node.dataset['keybinding'];
                    const shortcutId = node === null || node === void 0 ? void 0 : node.dataset['shortcut'];
                    if (!shortcutId || !keybinding) {
                        return console.log('Missing shortcut id/keybinding information');
                    }
                    actionRequested.emit({
                        request: 'delete-keybinding',
                        keybinding: parseInt(keybinding, 10),
                        shortcutId
                    });
                }
            });
            app.commands.addCommand(types_CommandIDs.addBinding, {
                label: trans.__('Add Keybinding'),
                caption: trans.__('Add new keybinding for existing shortcut target'),
                describedBy: {
                    args: {
                        type: 'object',
                        properties: {}
                    }
                },
                execute: () => {
                    const node = app.contextMenuHitTest(isKeybindingNode);
                    const shortcutId = node === null || node === void 0 ? void 0 : node.dataset['shortcut'];
                    if (!shortcutId) {
                        return console.log('Missing shortcut id to add keybinding to');
                    }
                    actionRequested.emit({
                        request: 'add-keybinding',
                        shortcutId
                    });
                }
            });
            commands.addCommand(types_CommandIDs.toggleSelectors, {
                label: trans.__('Toggle Selectors'),
                caption: trans.__('Toggle command selectors'),
                describedBy: {
                    args: {
                        type: 'object',
                        properties: {}
                    }
                },
                execute: () => {
                    actionRequested.emit({
                        request: 'toggle-selectors'
                    });
                }
            });
            commands.addCommand(types_CommandIDs.resetAll, {
                label: trans.__('Reset All'),
                caption: trans.__('Reset all shortcuts'),
                describedBy: {
                    args: {
                        type: 'object',
                        properties: {}
                    }
                },
                execute: () => {
                    actionRequested.emit({
                        request: 'reset-all'
                    });
                }
            });
            const editorFactory = editorServices
                ? options => editorServices.factoryService.newInlineEditor(options)
                : undefined;
            const component = {
                fieldRenderer: (props) => {
                    return renderShortCut({
                        external: getExternalForJupyterLab(registry, app, translator_, actionRequested, editorFactory),
                        ...props
                    });
                }
            };
            editorRegistry.addRenderer(`${lib_shortcuts.id}.shortcuts`, component);
        }
        /**
         * Populate the plugin's schema defaults.
         */
        function populate(schema) {
            const commands = app.commands.listCommands().join('\n');
            if (!cannonicalOverrides) {
                cannonicalOverrides = dist_index_js_.JSONExt.deepCopy(schema.properties.shortcuts.default);
            }
            loaded = {};
            schema.properties.shortcuts.default = Object.keys(registry.plugins)
                .map(plugin => {
                const shortcuts = registry.plugins[plugin].schema['jupyter.lab.shortcuts'] || [];
                loaded[plugin] = shortcuts;
                return shortcuts;
            })
                .concat([cannonicalOverrides])
                .reduce((acc, val) => {
                if (domutils_dist_index_es6_js_.Platform.IS_MAC) {
                    return acc.concat(val);
                }
                else {
                    // If platform is not MacOS, remove all shortcuts containing Cmd
                    // as they will be modified; e.g. `Cmd A` becomes `A`
                    return acc.concat(val.filter(shortcut => !shortcut.keys.some(key => {
                        const { cmd } = index_es6_js_.CommandRegistry.parseKeystroke(key);
                        return cmd;
                    })));
                }
            }, []) // flatten one level
                .sort((a, b) => a.command.localeCompare(b.command));
            schema.properties.shortcuts.description = trans.__(`Note: To disable a system default shortcut,
copy it to User Preferences and add the
"disabled" key, for example:
{
    "command": "application:activate-next-tab",
    "keys": [
        "Ctrl Shift ]"
    ],
    "selector": "body",
    "disabled": true
}

List of commands followed by keyboard shortcuts:
%1

List of keyboard shortcuts:`, commands);
        }
        registry.pluginChanged.connect(async (_, plugin) => {
            if (plugin !== lib_shortcuts.id) {
                // If the plugin changed its shortcuts, reload everything.
                const oldShortcuts = loaded[plugin];
                const newShortcuts = registry.plugins[plugin].schema['jupyter.lab.shortcuts'] || [];
                if (oldShortcuts === undefined ||
                    !dist_index_js_.JSONExt.deepEqual(oldShortcuts, newShortcuts)) {
                    // Empty the default values to avoid shortcut collisions.
                    canonical = null;
                    const schema = registry.plugins[lib_shortcuts.id].schema;
                    schema.properties.shortcuts.default = cannonicalOverrides;
                    // Reload the settings.
                    await registry.load(lib_shortcuts.id, true);
                }
            }
        });
        // Transform the plugin object to return different schema than the default.
        registry.transform(lib_shortcuts.id, {
            compose: plugin => {
                var _a, _b, _c, _d;
                // Only override the canonical schema the first time.
                if (!canonical) {
                    canonical = dist_index_js_.JSONExt.deepCopy(plugin.schema);
                    populate(canonical);
                }
                const defaults = (_c = (_b = (_a = canonical.properties) === null || _a === void 0 ? void 0 : _a.shortcuts) === null || _b === void 0 ? void 0 : _b.default) !== null && _c !== void 0 ? _c : [];
                const user = {
                    shortcuts: (_d = plugin.data.user.shortcuts) !== null && _d !== void 0 ? _d : []
                };
                const composite = {
                    shortcuts: lib_index_js_.SettingRegistry.reconcileShortcuts(defaults, user.shortcuts)
                };
                plugin.data = { composite, user };
                return plugin;
            },
            fetch: plugin => {
                // Only override the canonical schema the first time.
                if (!canonical) {
                    canonical = dist_index_js_.JSONExt.deepCopy(plugin.schema);
                    populate(canonical);
                }
                return {
                    data: plugin.data,
                    id: plugin.id,
                    raw: plugin.raw,
                    schema: canonical,
                    version: plugin.version
                };
            }
        });
        try {
            // Repopulate the canonical variable after the setting registry has
            // preloaded all initial plugins.
            canonical = null;
            const settings = await registry.load(lib_shortcuts.id);
            lib_Private.loadShortcuts(commands, settings.composite);
            settings.changed.connect(() => {
                lib_Private.loadShortcuts(commands, settings.composite);
            });
        }
        catch (error) {
            console.error(`Loading ${lib_shortcuts.id} failed.`, error);
        }
    },
    autoStart: true
};
/**
 * Export the shortcut plugin as default.
 */
/* export default */ const lib = (lib_shortcuts);
/**
 * A namespace for private module data.
 */
var lib_Private;
(function (Private) {
    /**
     * The internal collection of currently loaded shortcuts.
     */
    let disposables;
    /**
     * Load the keyboard shortcuts from settings.
     */
    function loadShortcuts(commands, composite) {
        var _a;
        const shortcuts = ((_a = composite === null || composite === void 0 ? void 0 : composite.shortcuts) !== null && _a !== void 0 ? _a : []);
        if (disposables) {
            disposables.dispose();
        }
        disposables = shortcuts.reduce((acc, val) => {
            const options = normalizeOptions(val);
            if (options) {
                acc.add(commands.addKeyBinding(options));
            }
            return acc;
        }, new dist_index_es6_js_.DisposableSet());
    }
    Private.loadShortcuts = loadShortcuts;
    /**
     * Normalize potential keyboard shortcut options.
     */
    function normalizeOptions(value) {
        if (!value || typeof value !== 'object') {
            return undefined;
        }
        const { isArray } = Array;
        const valid = 'command' in value &&
            'keys' in value &&
            'selector' in value &&
            isArray(value.keys);
        return valid ? value : undefined;
    }
})(lib_Private || (lib_Private = {}));
//# sourceMappingURL=index.js.map

},

}]);