import sys

from keurmerk_scan.cli import main

sys.exit(main())
