import { createBrowserRouter } from 'react-router-dom';
import { CandidateLayout } from './components/CandidateLayout';
import { PublicLayout } from './components/PublicLayout';
import { RequireRole } from './components/RequireRole';
import { LoginPage } from './pages/auth/LoginPage';
import { RecoverPage } from './pages/auth/RecoverPage';
import { RegisterPage } from './pages/auth/RegisterPage';
import { ApplicationWizardPage } from './pages/exams/ApplicationWizardPage';
import { ChooseExamPage } from './pages/exams/ChooseExamPage';
import { ExamsPage } from './pages/exams/ExamsPage';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PendingModulePage } from './pages/pending/PendingModulePage';
import { ProfilePage } from './pages/profile/ProfilePage';
import { SecurityPage } from './pages/security/SecurityPage';
import { StaffLayout } from './components/StaffLayout';
import { AdminHomePage } from './pages/admin/AdminHomePage';
import { AdminLayout } from './pages/admin/AdminLayout';
import { DictionaryRequestsPage } from './pages/admin/DictionaryRequestsPage';
import { SkillsExemptionsPage } from './pages/admin/SkillsExemptionsPage';
import { StaffHomePage } from './pages/staff/StaffHomePage';

/** One layout per role: the public pages, the candidate's (R-NAV-1), the staff's and the admins' workspaces. */
export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/register', element: <RegisterPage /> },
      { path: '/recover', element: <RecoverPage /> },
    ],
  },
  {
    path: '/',
    element: (
      <RequireRole roles={['CANDIDATE']}>
        <CandidateLayout />
      </RequireRole>
    ),
    children: [
      { index: true, element: <HomePage /> },
      // 考试报名 (R-EX-2…8): the applications, choosing an exam, then the wizard of one application.
      { path: 'exams', element: <ExamsPage /> },
      { path: 'exams/new', element: <ChooseExamPage /> },
      { path: 'exams/:id/:step?', element: <ApplicationWizardPage /> },
      { path: 'scores', element: <PendingModulePage title="成绩分析" /> },
      { path: 'assessment', element: <PendingModulePage title="在线评测" /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: 'security', element: <SecurityPage /> },
    ],
  },
  {
    path: '/staff',
    element: (
      <RequireRole roles={['SITE_STAFF']}>
        <StaffLayout />
      </RequireRole>
    ),
    children: [{ index: true, element: <StaffHomePage /> }],
  },
  {
    path: '/admin',
    element: (
      <RequireRole roles={['AREA_ADMIN', 'NATIONAL_ADMIN']}>
        <AdminLayout />
      </RequireRole>
    ),
    children: [
      { index: true, element: <AdminHomePage /> },
      {
        // R-DICT-3: the centre's review of requests to add dictionary names.
        path: 'dictionary-requests',
        element: (
          <RequireRole roles={['NATIONAL_ADMIN']}>
            <DictionaryRequestsPage />
          </RequireRole>
        ),
      },
      {
        // R-EX-11: the centre's list of who is exempt from the skills exam.
        path: 'skills-exemptions',
        element: (
          <RequireRole roles={['NATIONAL_ADMIN']}>
            <SkillsExemptionsPage />
          </RequireRole>
        ),
      },
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]);
