#!/usr/bin/env node
require("../dist/railnext.cjs").run();
