declare const runtimeProcess: NodeJS.Process;
export = runtimeProcess;
