from eoffice_desktop.cli import main

raise SystemExit(main())
