// Starts `lithos lsp` (the Lithos language server on stdio) for .cell files.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('lithos').get('path') || 'lithos';
  const serverOptions = {
    command,
    args: ['lsp'],
    transport: TransportKind.stdio
  };
  const clientOptions = {
    documentSelector: [{ language: 'lithos' }],
    synchronize: {
      // library and sibling files change on disk too: tell the server
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.cell')
    }
  };
  client = new LanguageClient('lithos', 'Lithos', serverOptions, clientOptions);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(event => {
    if (event.affectsConfiguration('lithos.path')) {
      vscode.window.showInformationMessage('Lithos: reload the window to use the new lithos.path.');
    }
  }));
  return client.start().catch(error => {
    vscode.window.showErrorMessage(
      `Lithos: could not start '${command} lsp' (${error.message}). Set "lithos.path" to the lithos launcher.`);
  });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
